# Casebook — the two commands a newcomer needs:
#   make run    install what is missing, build the tool, build the sample showcase into public/
#   make test   install what is missing, run every test
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/casebook
# SwiftPM keys its cache of package manifests by the whole environment: one variable more or less (OLDPWD, SHLVL,
# a terminal's, make's own) and it compiles and runs all 27 manifests again, about 45 s before a no-op build. So
# builds run with a fixed environment: the toolchain's folder on PATH, HOME for SwiftPM's settings, and nothing else.
SWIFT_DIR := $(patsubst %/,%,$(dir $(realpath $(shell command -v $(SWIFT)))))
SWIFT_BUILD = env -i HOME="$(HOME)" PATH="$(SWIFT_DIR):/usr/local/bin:/usr/bin:/bin" LANG=C.UTF-8 $(SWIFT) build

.PHONY: run build deps lint format test test-unit test-e2e screenshots bench bench-build bench-incremental bench-search bench-deploy clean

run: build
	$(BIN) build --source . --output public
	@echo "Open public/index.html in a browser (it works straight from disk), or serve the folder: python3 -m http.server -d public 8000"

build: deps
	$(SWIFT_BUILD) -c $(CONFIG) --product casebook

# System packages the build needs (Debian). Installs only what is missing.
deps:
	@bash scripts/install-deps.sh build

# The format check (swift-format, .swift-format), unit and golden-site tests, then the end-to-end stage
# (real Chromium, nginx, Nu HTML Checker, axe-core).
test: lint test-unit test-e2e

# swift-format in lint mode; any warning fails (a missing /// on a public declaration too). `make format` fixes the layout.
lint:
	$(SWIFT) format lint --strict --parallel --recursive Package.swift Plugins Sources Tests

format:
	$(SWIFT) format --in-place --parallel --recursive Package.swift Plugins Sources Tests

test-unit: deps
	$(SWIFT_BUILD) --build-tests
	$(SWIFT) test --skip-build

test-e2e: deps
	$(SWIFT_BUILD) --product casebook
	bash Tests/e2e/run.sh

# The README's images (docs/images/): the sample's home page and a case page at 1280x800, the
# phone layout at 375x812, taken with headless Chromium.
screenshots: build
	bash scripts/install-deps.sh e2e
	python3 -m pip install --quiet --disable-pip-version-check selenium 2>&1 | grep -v "WARNING: Running pip as the 'root' user" || true
	rm -rf .build/screenshots && $(BIN) build --source . --output .build/screenshots/public --quiet
	python3 scripts/screenshots.py .build/screenshots/public docs/images

# The benchmarks, on generated corpora of 1,000 and 10,000 cases.
bench: bench-build bench-incremental bench-search bench-deploy

# Build speed and memory, Casebook vs Hugo; results in bench/results/latest.md.
bench-build:
	bash bench/run.sh

# Rebuilds with the build cache after each kind of change, 10,000 cases; results in bench/results/incremental-latest.md.
bench-incremental:
	$(SWIFT_BUILD) -c release --product casebook
	rm -rf bench/out/incremental-corpus && python3 bench/gen_corpus.py --cases 10000 --regions 220 --out bench/out/incremental-corpus
	python3 bench/incremental.py --casebook .build/release/casebook --corpus bench/out/incremental-corpus --runs 3 --out bench/results/incremental-latest.md

# The search index vs Pagefind: build time, bytes per query, recall, latency; results in bench/search/results.md.
bench-search:
	bash bench/search/run.sh

# `casebook deploy` of the 10,000-case site to a local SeaweedFS: first, no-change and one-case-edit deploys.
bench-deploy:
	bash bench/deploy/run.sh

clean:
	rm -rf .build public
