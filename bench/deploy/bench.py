"""Times three deploys of a generated corpus to a local SeaweedFS: first, no change, one-case edit."""
import argparse
import json
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

import boto3
from botocore.config import Config

KEY, SECRET = "AKIDCASEBOOKBENCH", "casebook-bench-secret"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_store(folder: pathlib.Path):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "s3.json").write_text(json.dumps({"identities": [{
        "name": "bench", "credentials": [{"accessKey": KEY, "secretKey": SECRET}], "actions": ["Admin", "Read", "Write", "List"]}]}))
    ports = {name: free_port() for name in ("master", "volume", "filer", "s3")}
    # pip may put the console script beside the interpreter rather than on PATH.
    weed = shutil.which("weed") or str(pathlib.Path(sys.executable).parent / "weed")
    args = [weed, "server", f"-dir={folder}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", "-s3", f"-s3.config={folder}/s3.json",
            "-master.volumeSizeLimitMB=256", "-volume.max=50", f"-metricsPort={free_port()}", f"-s3.port.iceberg={free_port()}",
            f"-s3.port.lance={free_port()}"]
    for name, port in ports.items():
        args += [f"-{name}.port={port}", f"-{name}.port.grpc={free_port()}"]
    server = subprocess.Popen(args, stdout=open(folder / "weed.log", "w"), stderr=subprocess.STDOUT)
    client = boto3.client("s3", endpoint_url=f"http://127.0.0.1:{ports['s3']}", aws_access_key_id=KEY, aws_secret_access_key=SECRET,
                          region_name="us-east-1", config=Config(s3={"addressing_style": "path"}))
    deadline = time.time() + 60
    while True:
        try:
            client.create_bucket(Bucket="bench")
            return server, ports["s3"]
        except Exception:
            if time.time() > deadline or server.poll() is not None:
                server.kill()
                sys.exit("SeaweedFS did not start; see " + str(folder / "weed.log"))
            time.sleep(0.5)


def deploy(casebook, site: pathlib.Path, label: str):
    env = {**os.environ, "AWS_ACCESS_KEY_ID": KEY, "AWS_SECRET_ACCESS_KEY": SECRET, "HOME": str(site)}
    start = time.monotonic()
    result = subprocess.run([casebook, "deploy", "--source", str(site), "--output", str(site / "public")], env=env, capture_output=True, text=True)
    seconds = time.monotonic() - start
    if result.returncode != 0:
        sys.exit(f"{label}: deploy failed:\n{result.stdout}\n{result.stderr}")
    line = next(line for line in result.stdout.splitlines() if " unchanged, " in line)
    numbers = {name: float(value) for value, name in re.findall(r"([\d.]+) (uploaded|unchanged|deleted|MB|requests)", line)}
    print(f"{label}: {line}", file=sys.stderr)
    return {"label": label, "seconds": seconds, **numbers}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--casebook", required=True)
    parser.add_argument("--cases", type=int, default=10000)
    parser.add_argument("--results", required=True)
    options = parser.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="casebook-deploy-bench-"))
    server = None
    try:
        site = work / "site"
        subprocess.run([sys.executable, "bench/gen_corpus.py", "--cases", str(options.cases), "--regions", str(min(222, 20 + options.cases // 50)),
                        "--out", str(site)], check=True, stdout=subprocess.DEVNULL)
        server, port = start_store(work / "store")
        with open(site / "site.yaml", "a", encoding="utf-8") as config:
            config.write(f"\ndeploy:\n  - name: bench\n    endpoint: http://127.0.0.1:{port}\n    bucket: bench\n")
        build = [options.casebook, "build", "--source", str(site), "--output", str(site / "public"), "--quiet"]
        subprocess.run(build, check=True)
        public = site / "public"
        files = sum(1 for p in public.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(public).parts))
        rows = [deploy(options.casebook, site, "first deploy"), deploy(options.casebook, site, "no-change deploy")]
        case = sorted((site / "content/cases").rglob("*.md"))[0]
        case.write_text(case.read_text(encoding="utf-8") + "\n一处修改。\n", encoding="utf-8")
        subprocess.run(build, check=True)
        rows.append(deploy(options.casebook, site, "one-case edit deploy"))
    finally:
        if server:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        shutil.rmtree(work, ignore_errors=True)
    lines = [f"# `casebook deploy` to a local SeaweedFS: {options.cases:,} cases ({files:,} files)", "",
             f"Machine: {os.cpu_count()} CPUs; `bash bench/deploy/run.sh` (concurrency 8, signatures checked, loopback).", "",
             "| deploy | wall time | uploaded | unchanged | deleted | requests | MB uploaded |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in rows:
        lines.append(f"| {row['label']} | {row['seconds']:.2f} s | {int(row.get('uploaded', 0)):,} | {int(row.get('unchanged', 0)):,} | "
                     f"{int(row.get('deleted', 0)):,} | {int(row.get('requests', 0)):,} | {row.get('MB', 0):.1f} |")
    pathlib.Path(options.results).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
