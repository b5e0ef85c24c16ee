# fazhi — build, run and test on a fresh Debian machine.
# `make run` and `make test` install the missing system packages first.

APT_PACKAGES := pkg-config libxml2-dev libopencc-dev libuchardet-dev opencc poppler-utils
SHARED       ?= ../shared
OUT          := out/rule-of-law
FAZHI        := .build/release/fazhi

.PHONY: deps build opencc run test score bench clean

## deps: install the Debian packages fazhi builds against (only those missing)
deps:
	@missing=""; \
	for package in $(APT_PACKAGES); do \
	  dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  sudo=""; [ "$$(id -u)" -eq 0 ] || sudo=sudo; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

## build: release build of the fazhi executable (and its fast OpenCC dictionaries)
build: deps opencc
	swift build -c release --product fazhi

## opencc: darts copies of the t2s dictionaries in .build/opencc (same results, ~8x faster to read)
opencc: deps
	scripts/opencc-darts.sh .build/opencc

## run: the whole pipeline over data/reports, outputs in out/rule-of-law/
run: build
	$(FAZHI) run

## test: unit and end-to-end tests (report.xlsx is opened with openpyxl, installed here from PyPI when missing)
test: deps opencc
	@python3 -c "import openpyxl" 2>/dev/null || python3 -m pip install --quiet openpyxl \
	  || python3 -m pip install --quiet --break-system-packages openpyxl
	@# the tests' scratch folders go under .build, emptied before each run, not into /tmp
	rm -rf .build/test-scratch && mkdir -p .build/test-scratch
	TMPDIR=$(CURDIR)/.build/test-scratch swift test

## score: run, then score the outputs against the hand-made gold in ../shared
score: run
	python3 $(SHARED)/tools/score.py documents $(SHARED)/corpus/seeds-docs.csv $(OUT)/documents.csv
	python3 $(SHARED)/tools/score.py sections $(SHARED)/corpus/seeds-sections.csv $(OUT)/compliance.csv
	python3 $(SHARED)/tools/score.py indicators $(SHARED)/corpus/seeds-gold.csv $(OUT)/indicator_values.csv

## bench: the pipeline on 10,000 reports (cold / no-change / 100 changed), then the XLSX
## writer against libxlsxwriter on a 1,000,000-row sheet (not part of test)
bench: build
	swift build -c release --product xlsx-bench
	SHARED=$(SHARED) Benchmarks/pipeline-bench.sh
	REPEAT=2 Benchmarks/xlsx-bench.sh

clean:
	rm -rf .build $(OUT)
