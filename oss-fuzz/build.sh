#!/bin/bash -eu
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
set -euo pipefail
#
# Build the fuzz targets the way OSS-Fuzz and ClusterFuzzLite build them (docs/fuzzing.md):
# with the engine's $CC, $CXX, $CFLAGS, $CXXFLAGS and $LIB_FUZZING_ENGINE, into $OUT, with
# a seed corpus zip (generated and committed seeds), the dictionary and the options file of
# every target.
#
# The source tree: $FFAV_SRC, else this script's parent directory (oss-fuzz/build.sh in the
# tree), else the working directory, else $SRC/libffa_validate (OSS-Fuzz copies this script
# to $SRC/build.sh and runs it from the image's WORKDIR).
# Local try without docker:
#   CC=clang CXX=clang++ CFLAGS="-fsanitize=address,fuzzer-no-link" \
#   CXXFLAGS="$CFLAGS" LIB_FUZZING_ENGINE=-fsanitize=fuzzer OUT=/tmp/out oss-fuzz/build.sh

SRC_DIR=
for d in "${FFAV_SRC:-}" "$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)" "$PWD" \
	"${SRC:-/src}/libffa_validate"; do
	if [ -n "$d" ] && [ -f "$d/include/ffa_validate.h" ]; then
		SRC_DIR=$d
		break
	fi
done
: "${SRC_DIR:?cannot find the libffa_validate tree; set FFAV_SRC}"
WORK_DIR=${WORK:-$(mktemp -d)}/ffav-build
CC=${CC:-clang}
CXX=${CXX:-clang++}
CFLAGS=${CFLAGS:-}
CXXFLAGS=${CXXFLAGS:-$CFLAGS}
: "${OUT:?set OUT}"
: "${LIB_FUZZING_ENGINE:?set LIB_FUZZING_ENGINE}"

cd "$SRC_DIR"
rm -rf "$WORK_DIR"
mkdir -p "$WORK_DIR/lib" "$WORK_DIR/obj" "$OUT"

# The library: freestanding, as a port builds it. The rule tables are not worth coverage
# feedback (fuzz/coverage-ignore.txt), when the compiler knows the flag.
LIBFLAGS=""
if echo 'int x;' | $CC $CFLAGS -fsanitize-coverage-ignorelist=fuzz/coverage-ignore.txt \
	-x c -c - -o /dev/null 2>/dev/null; then
	LIBFLAGS="-fsanitize-coverage-ignorelist=$SRC_DIR/fuzz/coverage-ignore.txt"
fi
for f in lib/*.c; do
	$CC $CFLAGS $LIBFLAGS -std=c11 -ffreestanding -fno-builtin -Iinclude \
		-c "$f" -o "$WORK_DIR/lib/$(basename "$f" .c).o"
done
ar rcs "$WORK_DIR/libffa_validate.a" "$WORK_DIR"/lib/*.o

# Every target of fuzz/CMakeLists.txt; fuzz_vectors and fuzz_scenario link the command's
# readers.
targets="fuzz_check fuzz_response fuzz_model fuzz_vectors fuzz_scenario"
defs="-DFFAV_FUZZ_EXTRA_COUNTERS"
readers="fuzz_vectors fuzz_scenario"
if true; then
	# The command's sources but its main(); jansson linked statically, since the
	# runner image that executes the targets does not have the shared library.
	clidefs="-D_POSIX_C_SOURCE=200809L -DFFAV_CLI_CORPUS_DIR=\"$SRC_DIR/corpus\""
	for f in tools/*.c; do
		grep -q "^int main(" "$f" && continue
		$CC $CFLAGS -std=c11 $clidefs -Iinclude -Itools -c "$f" \
			-o "$WORK_DIR/obj/tools_$(basename "$f" .c).o"
	done
	JANSSON=$($CC $CFLAGS -print-file-name=libjansson.a)
	[ -f "$JANSSON" ] || JANSSON=-ljansson
fi

# The seed corpora: generated from corpus/vectors and corpus/scenarios, plus the seeds
# committed in corpus/<target>/ (scripts/gen-fuzz-seeds.py; python3 is in base-builder).
python3 scripts/gen-fuzz-seeds.py --out "$WORK_DIR/seeds" >/dev/null

for t in $targets; do
	extra=()
	case " $readers " in *" $t "*) extra=("$WORK_DIR"/obj/tools_*.o "$JANSSON") ;; esac
	$CC $CFLAGS -std=c11 -D_POSIX_C_SOURCE=200809L -Iinclude -Ifuzz -Itools $defs -c "fuzz/$t.c" \
		-o "$WORK_DIR/obj/$t.o"
	$CXX $CXXFLAGS "$WORK_DIR/obj/$t.o" "${extra[@]}" "$WORK_DIR/libffa_validate.a" \
		$LIB_FUZZING_ENGINE -o "$OUT/$t"
	if [ -n "$(ls -A "$WORK_DIR/seeds/$t")" ]; then
		rm -f "$OUT/${t}_seed_corpus.zip"
		(cd "$WORK_DIR/seeds/$t" && zip -q -j "$OUT/${t}_seed_corpus.zip" ./*)
	fi
	cp fuzz/ffa.dict "$OUT/ffa.dict"
	cp fuzz/ffa.dict "$OUT/$t.dict"
	[ -f "fuzz/$t.options" ] && cp "fuzz/$t.options" "$OUT/$t.options"
done
echo "built: $targets"
