#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Build libffa_validate and the contrib/ examples for aarch64 the way their hosts would,
# and measure what a port pays for it:
#
#	scripts/kernel-like-build.sh [OUTDIR]        (default: build/kernel-like)
#
# Each host tree is mocked under OUTDIR/trees (tests/mock/linux, tests/mock/xen), the
# library is brought in by the host's own import script (contrib/*/import.sh), and the
# object list and flags are read back from the imported build fragment, so the fragments
# and import scripts are what is tested. Settings:
#
#   linux     lib/ as the kernel's ffa_validate.o (Kbuild: ffav-files, ffav-ccflags) +
#             contrib/linux/example
#   pkvm      the stateless checks the kit selects for EL2 + the pKVM hook
#             (contrib/linux/pkvm/ffav_pkvm.c) as pKVM nVHE objects (ffav-nvhe-objs,
#             ffav-nvhe-ccflags, with the build selection ffav-nvhe-select)
#   xen       lib/ (FFAV_WITH_MODELS=y: the example uses a model) + contrib/xen/example as
#             Xen objects (Makefile.ffa_validate)
#   xen-kit   the kit as imported: the stateless checks with its build selection
#   hafnium   the stateless checks as Hafnium's source_set "ffa_validate" (BUILD.gn), the
#             default environment over the compiler's freestanding headers
#
# and, apart, every lib/*.c with Hafnium's own flags (clang 14, -std=c2x -Wpedantic
# -Wimplicit-fallthrough -Werror -fstack-protector-all ..., see "Hafnium's own flags").
#
# every one with -nostdinc -ffreestanding -fno-builtin -mgeneral-regs-only
# -fno-stack-protector -fno-asynchronous-unwind-tables -fstack-usage, by
# aarch64-linux-gnu-gcc and, when it works, clang --target=aarch64-linux-gnu. Then:
#   - the library alone is linked relocatably (ld -r): it must leave no symbol undefined;
#   - each example is linked relocatably with the library: what it leaves undefined must
#     be defined by its mock object (tests/mock/*/mock_*.c), the stand-in for the host's
#     own functions, and with the mock nothing may be left undefined;
#   - size (text+data+bss) per library object, and the largest stack frame (.su files):
#     at most 256 bytes in the library, "dynamic" frames not allowed.
# It prints a summary table and exits non-zero on any violation.
#
# Environment: CROSS_COMPILE (default aarch64-linux-gnu-), CLANG (default clang; empty to
# skip clang), MAX_FRAME (default 256).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/build/kernel-like}
cross=${CROSS_COMPILE:-aarch64-linux-gnu-}
clang_cc=${CLANG-clang}
max_frame=${MAX_FRAME:-256}

ld="${cross}ld"
nm="${cross}nm"
size="${cross}size"
failures=0
rows=()

fail()
{
	echo "FAIL: $*" >&2
	failures=$((failures + 1))
}

for tool in "${cross}gcc" "$ld" "$nm" "$size" make; do
	command -v "$tool" >/dev/null || {
		echo "kernel-like-build: $tool not found" >&2
		exit 2
	}
done

# ---- Mock host trees, and the library imported into them by the host's import script --
rm -rf "$out"
mkdir -p "$out/trees/linux" "$out/trees/xen/xen" "$out/trees/hafnium"
cp -r "$root/tests/mock/linux/include" "$out/trees/linux/"
cp -r "$root/tests/mock/xen/include" "$out/trees/xen/xen/"
echo "# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause" >"$out/trees/hafnium/BUILD.gn"

"$root/contrib/linux/import.sh" "$root" "$out/trees/linux" >/dev/null
"$root/contrib/xen/import.sh" "$root" "$out/trees/xen" >/dev/null
"$root/contrib/hafnium/import.sh" "$root" "$out/trees/hafnium" >/dev/null
linux_lib="$out/trees/linux/lib/ffa_validate"
xen_lib="$out/trees/xen/xen/arch/arm/tee/ffa_validate"
hf_lib="$out/trees/hafnium/third_party/ffa_validate"

# make_var FRAGMENT VAR [make arguments]: a variable of a build fragment, as make sees it.
make_var()
{
	local fragment=$1 var=$2

	shift 2
	make --no-print-directory -s -f - "$@" <<EOF
include $fragment
\$(info \$($var))
all: ;
EOF
}

# The object lists and flags, read back from the imported fragments. The flags are
# word-split by the shell, as Kbuild and Xen's Rules.mk hand them to the compiler.
linux_flags=() nvhe_flags=() xen_flags=() xen_kit_flags=()
read -r -a linux_files <<<"$(make_var "$linux_lib/Makefile.ffa_validate" ffav-files srctree="$out/trees/linux")"
eval "linux_flags=($(make_var "$linux_lib/Makefile.ffa_validate" ffav-ccflags srctree="$out/trees/linux"))"
eval "nvhe_flags=($(make_var "$linux_lib/Makefile.ffa_validate" ffav-nvhe-ccflags srctree="$out/trees/linux"))"
read -r -a nvhe_objs <<<"$(make_var "$linux_lib/Makefile.ffa_validate" ffav-nvhe-objs srctree="$out/trees/linux")"
# The Xen example keeps its VM-to-VM state in a model: the models on request.
read -r -a xen_srcs <<<"$(make_var "$xen_lib/Makefile.ffa_validate" FFAV_SRCS FFAV_WITH_MODELS=y)"
read -r -a xen_default_srcs <<<"$(make_var "$xen_lib/Makefile.ffa_validate" FFAV_SRCS)"
read -r -a xen_check_srcs <<<"$(make_var "$xen_lib/Makefile.ffa_validate" FFAV_CHECK_SRCS)"
eval "xen_flags=($(make_var "$xen_lib/Makefile.ffa_validate" FFAV_CFLAGS FFAV_WITH_MODELS=y))"
eval "xen_kit_flags=($(make_var "$xen_lib/Makefile.ffa_validate" FFAV_CFLAGS))"
read -r -a nvhe_unused <<<"$(make_var "$linux_lib/Makefile.ffa_validate" ffav-nvhe-unused srctree="$out/trees/linux")"
read -r -a linux_checks <<<"$(make_var "$linux_lib/Makefile.ffa_validate" ffav-check-files srctree="$out/trees/linux")"
# gn_sources NAME: the sources of BUILD.gn's source_set NAME.
gn_sources()
{
	awk -v set="source_set(\"$1\") {" '
		$0 == set { inside = 1; next }
		inside && /^}/ { inside = 0 }
		inside && match($0, /^    "[^"]*\.c",$/) { print substr($0, 6, length($0) - 7) }
	' "$hf_lib/BUILD.gn"
}
mapfile -t hf_srcs < <(gn_sources ffa_validate)
mapfile -t hf_model_srcs < <(gn_sources ffa_validate_model)
mapfile -t hf_defines < <(sed -n 's/^  defines = \[ "\(.*\)" \]$/\1/p' "$hf_lib/BUILD.gn")

# Every fragment names every lib/*.c once; pKVM's nVHE list is the check objects, and seen
# from arch/arm64/kvm/hyp/nvhe it lands on the imported files.
sorted() { printf '%s\n' "$@" | LC_ALL=C sort | paste -sd' '; }
expected=$(cd "$root/lib" && sorted -- *.c)
expected=${expected#-- }
for list in "$(sorted "${linux_files[@]/%.o/.c}")" "$(sorted "${xen_srcs[@]}")" \
	"$(sorted "${hf_srcs[@]}" "${hf_model_srcs[@]}")"; do
	[ "$list" = "$expected" ] || fail "a fragment lists '$list', lib/ has '$expected'"
done
[ "${xen_default_srcs[*]}" = "${xen_check_srcs[*]}" ] ||
	fail "Xen's FFAV_SRCS without FFAV_WITH_MODELS=y is not FFAV_CHECK_SRCS"
nvhe_srcs=()
for obj in "${nvhe_objs[@]}"; do
	[ -f "$(realpath -m "$out/trees/linux/arch/arm64/kvm/hyp/nvhe/${obj%.o}.c")" ] ||
		fail "ffav-nvhe-objs: $obj does not name a file of $linux_lib"
	nvhe_srcs+=("$(basename "${obj%.o}.c")")
done
# ffav-nvhe-objs is ffav-check-files without what the kit's selection leaves empty.
kept=()
for obj in "${linux_checks[@]}"; do
	[[ " ${nvhe_unused[*]} " == *" $obj "* ]] || kept+=("${obj%.o}.c")
done
[ "${nvhe_srcs[*]}" = "${kept[*]}" ] ||
	fail "ffav-nvhe-objs is not ffav-check-files without ffav-nvhe-unused"

# ---- Compiling -----------------------------------------------------------------------
common=(-O2 -nostdinc -ffreestanding -fno-builtin -mgeneral-regs-only -fno-stack-protector
	-fno-asynchronous-unwind-tables -fstack-usage -fno-common -fno-strict-aliasing
	-Wall -Wextra -Wconversion -Wshadow -Wundef -Wvla -Wstrict-prototypes
	-Wmissing-prototypes -Werror)
linux_common=(-std=gnu11 -funsigned-char -isystem "$out/trees/linux/include")
xen_common=(-std=gnu99 -Wdeclaration-after-statement -isystem "$out/trees/xen/xen/include")

# compile CC_NAME DIR SRC FLAGS...: SRC to DIR/<basename>.o with the compiler CC_NAME.
compile()
{
	local cc=$1 dir=$2 src=$3 base

	shift 3
	base=$(basename "$src" .c)
	mkdir -p "$dir"
	# -fstack-usage writes <object>.su next to the object.
	if [ "$cc" = gcc ]; then
		"${cross}gcc" "${common[@]}" "$@" -c "$src" -o "$dir/$base.o"
	else
		"$clang_cc" --target=aarch64-linux-gnu "${common[@]}" "$@" -c "$src" -o "$dir/$base.o"
	fi
}

# lib_setting CC NAME SRCDIR SOURCES FLAGS...: compile the library's SOURCES (basenames
# in SRCDIR) into OUT/CC/NAME/lib.
lib_setting()
{
	local cc=$1 name=$2 dir=$3 srcs=$4 s

	shift 4
	for s in $srcs; do
		compile "$cc" "$out/$cc/$name/lib" "$dir/$s" "$@" || fail "$cc/$name: $s does not compile"
	done
}

# undefined FILE: the symbols FILE leaves undefined, one per line.
undefined()
{
	"$nm" -u "$1" | awk '{ print $NF }' | LC_ALL=C sort -u
}

# measure CC NAME [EXAMPLE_DIR MOCK_OBJ]: link, check and record one setting.
measure()
{
	local cc=$1 name=$2 exdir=${3:-} mock=${4:-} d="$out/$1/$2" total=0 frame=0 t
	local undef ex_undef mock_defs su_max su_dyn line text data bss obj ex_frame="-"

	"$ld" -r -o "$d/libffa_validate.o" "$d"/lib/*.o
	undef=$(undefined "$d/libffa_validate.o" | paste -sd' ')
	[ -z "$undef" ] || fail "$cc/$name: the library leaves undefined: $undef"

	for obj in "$d"/lib/*.o; do
		read -r text data bss _ < <("$size" "$obj" | tail -n 1)
		t=$((text + data + bss))
		total=$((total + t))
		printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$cc" "$name" "$(basename "$obj")" \
			"$text" "$data" "$bss" >>"$out/objects.tsv"
	done
	# .su lines: "path/file.c:line[:col]:function<TAB>bytes<TAB>static|dynamic[,bounded]"
	su_max=$(cat "$d"/lib/*.su | awk -F'\t' '$2 > m { m = $2; f = $1 }
		END { sub(".*/", "", f); n = split(f, p, ":"); print m + 0, p[1] ":" p[n] }')
	frame=${su_max%% *}
	su_dyn=$(cat "$d"/lib/*.su | awk -F'\t' '$3 ~ /dynamic/ { print $1 }' | paste -sd' ')
	[ "$frame" -le "$max_frame" ] ||
		fail "$cc/$name: stack frame of ${su_max#* } is $frame bytes (> $max_frame)"
	[ -z "$su_dyn" ] || fail "$cc/$name: dynamic stack frames in: $su_dyn"

	ex_undef="-"
	if [ -n "$exdir" ]; then
		"$ld" -r -o "$d/example.o" "$exdir"/*.o "$d"/lib/*.o
		ex_undef=$(undefined "$d/example.o" | paste -sd' ')
		mock_defs=$("$nm" --defined-only -g "$mock" | awk '{ print $NF }' | LC_ALL=C sort -u |
			paste -sd' ')
		for line in $ex_undef; do
			[[ " $mock_defs " == *" $line "* ]] ||
				fail "$cc/$name: the example needs $line, which its mock does not define"
		done
		"$ld" -r -o "$d/example+mock.o" "$d/example.o" "$mock"
		line=$(undefined "$d/example+mock.o" | paste -sd' ')
		[ -z "$line" ] || fail "$cc/$name: example + mock leave undefined: $line"
		ex_frame=$(cat "$exdir"/*.su | awk -F'\t' '$2 > m { m = $2 } END { print m + 0 }')
	fi
	rows+=("$(printf '%-6s %-8s %7d %5s %-34s %-9s %-10s %s' "$cc" "$name" "$total" \
		"$frame" "${su_max#* }" "${undef:-none}" "$ex_frame" "${ex_undef:--}")")
}

# build_all CC: every setting with one compiler.
build_all()
{
	local cc=$1 inc

	if [ "$cc" = gcc ]; then
		inc=$("${cross}gcc" -print-file-name=include)
	else
		inc="$("$clang_cc" -print-resource-dir)/include"
	fi

	lib_setting "$cc" linux "$linux_lib" "${linux_files[*]/%.o/.c}" \
		"${linux_common[@]}" "${linux_flags[@]}"
	compile "$cc" "$out/$cc/linux/example" "$root/contrib/linux/example/ffa_proxy_example.c" \
		"${linux_common[@]}" "${linux_flags[@]}" ||
		fail "$cc/linux: the example does not compile"
	compile "$cc" "$out/$cc/linux/mock" "$root/tests/mock/linux/mock_hyp.c" "${linux_common[@]}"
	measure "$cc" linux "$out/$cc/linux/example" "$out/$cc/linux/mock/mock_hyp.o"

	lib_setting "$cc" pkvm "$linux_lib" "${nvhe_srcs[*]}" \
		"${linux_common[@]}" "${nvhe_flags[@]}" -D__KVM_NVHE_HYPERVISOR__
	compile "$cc" "$out/$cc/pkvm/example" "$root/contrib/linux/pkvm/ffav_pkvm.c" \
		"${linux_common[@]}" "${nvhe_flags[@]}" -D__KVM_NVHE_HYPERVISOR__ ||
		fail "$cc/pkvm: the pKVM hook (contrib/linux/pkvm/ffav_pkvm.c) does not compile"
	compile "$cc" "$out/$cc/pkvm/mock" "$root/tests/mock/linux/mock_hyp.c" "${linux_common[@]}"
	measure "$cc" pkvm "$out/$cc/pkvm/example" "$out/$cc/pkvm/mock/mock_hyp.o"

	lib_setting "$cc" xen "$xen_lib" "${xen_srcs[*]}" "${xen_common[@]}" "${xen_flags[@]}"
	compile "$cc" "$out/$cc/xen/example" "$root/contrib/xen/example/ffa_mediator_example.c" \
		"${xen_common[@]}" -I"$xen_lib" "${xen_flags[@]}" ||
		fail "$cc/xen: the example does not compile"
	compile "$cc" "$out/$cc/xen/mock" "$root/tests/mock/xen/mock_xen.c" "${xen_common[@]}"
	measure "$cc" xen "$out/$cc/xen/example" "$out/$cc/xen/mock/mock_xen.o"

	lib_setting "$cc" xen-kit "$xen_lib" "${xen_default_srcs[*]}" "${xen_common[@]}" \
		"${xen_kit_flags[@]}"
	measure "$cc" xen-kit

	lib_setting "$cc" hafnium "$hf_lib" "${hf_srcs[*]}" -std=c2x -isystem "$inc" \
		"${hf_defines[@]/#/-D}"
	measure "$cc" hafnium
}

: >"$out/objects.tsv"
compilers=(gcc)
if [ -n "$clang_cc" ] && command -v "$clang_cc" >/dev/null &&
	echo 'int f(void); int f(void) { return 0; }' |
	"$clang_cc" --target=aarch64-linux-gnu -ffreestanding -nostdinc -x c -c -o /dev/null - 2>/dev/null; then
	compilers+=(clang)
else
	echo "note: clang --target=aarch64-linux-gnu unavailable, clang settings skipped"
fi
for cc in "${compilers[@]}"; do
	build_all "$cc"
done

# ---- Hafnium's own flags ----------------------------------------------------------------
# Every lib/*.c (both source sets) as Hafnium compiles C (its build/BUILD.gn
# "compiler_defaults" and the aarch64 toolchain of build/toolchain/embedded.gni): clang, C23
# (clang 14 spells it -std=c2x), -Wpedantic -Wimplicit-fallthrough -Werror and
# -fstack-protector-all, freestanding. -march is the platform's; armv8.4-a is the least with
# S-EL2. Compiled only: under -fstack-protector-all the objects refer to Hafnium's
# __stack_chk_guard and __stack_chk_fail.
hf_clang=${HAFNIUM_CLANG:-clang-14}
if command -v "$hf_clang" >/dev/null; then
	hf_flags=(--target=aarch64-none-elf -std=c2x -gdwarf-4 -O2 -Wall -Wextra -Wpedantic -Werror
		-Wshift-sign-overflow -Wimplicit-fallthrough -fstack-protector-all -fno-builtin
		-ffreestanding -fpic -nostdinc -isystem "$("$hf_clang" -print-resource-dir)/include"
		-mstrict-align -mgeneral-regs-only -mno-implicit-float -march=armv8.4-a
		-I"$hf_lib" "${hf_defines[@]/#/-D}")
	mkdir -p "$out/hafnium-flags"
	hf_n=0
	for s in "${hf_srcs[@]}" "${hf_model_srcs[@]}"; do
		if "$hf_clang" "${hf_flags[@]}" -c "$hf_lib/$s" -o "$out/hafnium-flags/${s%.c}.o"; then
			hf_n=$((hf_n + 1))
		else
			fail "hafnium-flags: $s does not compile with Hafnium's flags"
		fi
	done
	echo "Hafnium's flags ($("$hf_clang" --version | head -n 1)): $hf_n of" \
		"$((${#hf_srcs[@]} + ${#hf_model_srcs[@]})) lib/*.c compile warning-free:"
	echo "  ${hf_flags[*]}" | sed "s|$out|OUTDIR|g"
else
	fail "hafnium-flags: $hf_clang not found"
fi

# ---- Summary ---------------------------------------------------------------------------
echo
echo "libffa_validate $(sed -n 's/^libffa_validate //p' "$linux_lib/VERSION"), aarch64, -O2"
echo
echo "Per object, bytes (text+data+bss):"
awk -F'\t' '
	{
		key = $1 "/" $2
		obj[$3] = 1
		v[key, $3] = $4 + $5 + $6
		sum[key] += $4 + $5 + $6
		if (!(key in seen)) {
			seen[key] = 1
			keys[++n] = key
		}
	}
	END {
		printf "%-20s", "object"
		for (k = 1; k <= n; k++)
			printf " %13s", keys[k]
		printf "\n"
		m = 0
		for (o in obj)
			names[++m] = o
		for (i = 1; i <= m; i++)
			for (j = i + 1; j <= m; j++)
				if (names[j] < names[i]) {
					t = names[i]; names[i] = names[j]; names[j] = t
				}
		for (i = 1; i <= m; i++) {
			printf "%-20s", names[i]
			for (k = 1; k <= n; k++)
				if ((keys[k], names[i]) in v)
					printf " %13d", v[keys[k], names[i]]
				else
					printf " %13s", "-"
			printf "\n"
		}
		printf "%-20s", "total"
		for (k = 1; k <= n; k++)
			printf " %13d", sum[keys[k]]
		printf "\n"
	}' "$out/objects.tsv"
echo
printf '%-6s %-8s %7s %5s %-34s %-9s %-10s %s\n' cc setting "lib B" frame "largest frame in" \
	undefined "ex. frame" "example needs (from the mock)"
for r in "${rows[@]}"; do
	echo "$r"
done
echo
if [ "$failures" -ne 0 ]; then
	echo "kernel-like-build: $failures violation(s)"
	exit 1
fi
echo "kernel-like-build: OK (frames <= $max_frame bytes, no undefined symbols)"
