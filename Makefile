# Casebook — the two commands a newcomer needs:
#   make run    install what is missing, build the tool, build the sample showcase into public/
#   make test   install what is missing, run every test
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/casebook

.PHONY: run build deps test test-unit clean

run: build
	$(BIN) build --source . --output public
	@echo "Open public/index.html in a browser (it works straight from disk), or serve the folder: python3 -m http.server -d public 8000"

build: deps
	$(SWIFT) build -c $(CONFIG) --product casebook

# System packages the build needs (Debian). Installs only what is missing.
deps:
	@bash scripts/install-deps.sh build

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

test-unit: test

clean:
	rm -rf .build public
