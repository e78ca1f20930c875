#!/usr/bin/env bash
# Sets everything up on a fresh Debian machine, checks formatting and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh gdal-bin geographiclib-tools chromium
swift format lint --strict --recursive Sources Tests Package.swift
swift build --build-tests
swift test --skip-build 2>&1 | tee .build/test-output.txt
