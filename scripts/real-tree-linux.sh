#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# pKVM in a real kernel tree: Debian 12's Linux 6.12 source (package linux-source-6.12),
# arm64 defconfig with CONFIG_KVM=y and CONFIG_WERROR=y, the library wired in by
# "contrib/linux/import.sh SRC TREE --pkvm", and arch/arm64/kvm/hyp/nvhe/ built with W=1,
# once with gcc (CROSS_COMPILE=aarch64-linux-gnu-) and once with clang (LLVM=1):
#
#	scripts/real-tree-linux.sh [WORKDIR]        (default: build/real-linux)
#
# Steps, each compiler in its own O= directory under WORKDIR:
#   1. extract the tarball into WORKDIR/src, or reuse an extraction made before (the two
#      files the hook edits are restored from the copies kept at extraction, and the
#      imported directory removed, so the tree starts pristine);
#   2. configure (only when the O= directory has no such .config yet) and build the
#      baseline: nvhe/ without the library; keep kvm_nvhe.o's size and undefined symbols;
#   3. import with --pkvm, import again, and require the same tree (checksums of every file
#      of arch/arm64/kvm/ and of the imported directory);
#   4. build nvhe/ again, with the library and the hook;
#   5. build every lib/*.c as a kernel object too (the models are not in nVHE), W=1.
# It fails on: a build error; any "warning:" in a build log (CONFIG_WERROR=y makes most of
# them errors already); a hook that no longer applies (the import stops); a second import
# that changes the tree; a symbol that kvm_nvhe.o leaves undefined with the library and not
# without it; the hook's function or the library missing from kvm_nvhe.o. It prints the
# sizes: kvm_nvhe.o before and after, and each library object as built for EL2.
#
# Environment: LINUX_TARBALL (default /usr/src/linux-source-6.12.tar.xz), JOBS (default 2),
# COMPILERS (default "gcc clang").
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$root/build/real-linux}
tarball=${LINUX_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
jobs=${JOBS:-2}
compilers=${COMPILERS:-gcc clang}
dest=lib/ffa_validate
# The files this script lets the import (or itself) change, restored before each run.
hooked=(arch/arm64/kvm/hyp/nvhe/Makefile arch/arm64/kvm/hyp/nvhe/ffa.c lib/Makefile)
failures=0
t_start=$(date +%s)

fail()
{
	echo "FAIL: $*" >&2
	failures=$((failures + 1))
}

step()
{
	echo "==> [$(($(date +%s) - t_start)) s] $*"
}

[ -f "$tarball" ] || {
	echo "real-tree-linux: $tarball not found (apt-get install linux-source-6.12)" >&2
	exit 2
}
for tool in make aarch64-linux-gnu-gcc clang ld.lld llvm-objcopy flex bison bc; do
	command -v "$tool" >/dev/null || {
		echo "real-tree-linux: $tool not found (scripts/install-deps.sh)" >&2
		exit 2
	}
done

mkdir -p "$work"
work=$(cd "$work" && pwd)
src="$work/src"

# ---- 1. The tree ------------------------------------------------------------------------
stamp="$work/extracted.stamp"
want_stamp="$(basename "$tarball") $(stat -c '%s %Y' "$tarball")"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want_stamp" ] && [ -f "$src/Makefile" ]; then
	step "reusing the extraction in $src"
	for f in "${hooked[@]}"; do
		if [ ! -f "$work/pristine/$f" ]; then
			# An extraction older than this list: take the file from the tarball.
			mkdir -p "$(dirname "$work/pristine/$f")"
			tar -xJOf "$tarball" "$(basename "$tarball" .tar.xz)/$f" >"$work/pristine/$f"
		fi
		cmp -s "$work/pristine/$f" "$src/$f" || cp "$work/pristine/$f" "$src/$f"
	done
	rm -rf "${src:?}/$dest"
else
	step "extracting $tarball"
	rm -rf "$src" "$work/pristine" "$stamp"
	mkdir -p "$src"
	tar -xJf "$tarball" -C "$src" --strip-components=1
	for f in "${hooked[@]}"; do
		mkdir -p "$(dirname "$work/pristine/$f")"
		cp "$src/$f" "$work/pristine/$f"
	done
	echo "$want_stamp" >"$stamp"
fi
if grep -q 'libffa_validate\|ffa_validate/' "${hooked[@]/#/$src/}"; then
	echo "real-tree-linux: $src is not pristine (a hooked file mentions libffa_validate)" >&2
	exit 1
fi
kver=$(make -s -C "$src" kernelversion)
echo "Linux $kver ($tarball)"

# kmake CC ARGS...: make in the tree for arm64 with compiler CC, objects in WORKDIR/CC.
kmake()
{
	local cc=$1

	shift
	if [ "$cc" = gcc ]; then
		make -s -C "$src" O="$work/$cc" ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- -j"$jobs" "$@"
	else
		make -s -C "$src" O="$work/$cc" ARCH=arm64 LLVM=1 -j"$jobs" "$@"
	fi
}

# configure CC: defconfig + CONFIG_KVM=y + CONFIG_WERROR=y, unless already so.
configure()
{
	local cfg="$work/$1/.config"

	if [ -f "$cfg" ] && grep -qx CONFIG_KVM=y "$cfg" && grep -qx CONFIG_WERROR=y "$cfg"; then
		return 0
	fi
	mkdir -p "$work/$1"
	kmake "$1" defconfig
	"$src/scripts/config" --file "$cfg" -e KVM -e WERROR
	kmake "$1" olddefconfig
	grep -qx CONFIG_KVM=y "$cfg" && grep -qx CONFIG_WERROR=y "$cfg" || {
		echo "real-tree-linux: $1: CONFIG_KVM=y CONFIG_WERROR=y did not stick" >&2
		exit 1
	}
}

nvhe=arch/arm64/kvm/hyp/nvhe

# build CC NAME: W=1 build of nvhe/, log in WORKDIR/CC/NAME.log; fails on an error or a
# warning. Keeps kvm_nvhe.o's size ("text data bss") and undefined symbols.
build()
{
	local cc=$1 name=$2 log="$work/$1/$2.log" t0

	t0=$(date +%s)
	# Objects of the library left by an earlier run (the output directory outlives the
	# source tree's import) would be listed below as if built now.
	rm -rf "${work:?}/$cc/${dest:?}"
	if ! kmake "$cc" W=1 "$nvhe/" >"$log" 2>&1; then
		sed 's/^/    /' "$log" | tail -n 30 >&2
		fail "$cc/$name: the build of $nvhe/ failed (log: $log)"
		return 1
	fi
	if grep -q 'warning:' "$log"; then
		grep 'warning:' "$log" | sed 's/^/    /' >&2
		fail "$cc/$name: warnings (log: $log)"
	fi
	cp "$work/$cc/$nvhe/kvm_nvhe.o" "$work/$cc/kvm_nvhe.$name.o"
	llvm-nm -u "$work/$cc/kvm_nvhe.$name.o" | awk '{ print $NF }' | LC_ALL=C sort -u \
		>"$work/$cc/undefined.$name"
	llvm-size "$work/$cc/kvm_nvhe.$name.o" | awk 'NR == 2 { print $1, $2, $3 }' \
		>"$work/$cc/size.$name"
	echo "    $cc/$name: $(($(date +%s) - t0)) s, kvm_nvhe.o text/data/bss $(cat "$work/$cc/size.$name")"
}

# tree_sum: one checksum over every file the import may write.
tree_sum()
{
	local dirs=(arch/arm64/kvm)

	[ ! -d "$src/$dest" ] || dirs+=("$dest")
	(cd "$src" && find "${dirs[@]}" -type f -print0 | LC_ALL=C sort -z |
		xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}

# ---- 2. Baseline --------------------------------------------------------------------------
for cc in $compilers; do
	step "$cc: configure, baseline build of $nvhe/ (no library)"
	configure "$cc"
	build "$cc" base || true
done
if [ "$failures" -ne 0 ]; then
	echo "real-tree-linux: the tree does not build without the library; nothing to compare" >&2
	exit 1
fi

# ---- 3. Import, twice -----------------------------------------------------------------------
step "import --pkvm"
before=$(tree_sum)
if ! "$root/contrib/linux/import.sh" "$root" "$src" "$dest" --pkvm; then
	fail "contrib/linux/import.sh --pkvm failed: the hook no longer applies"
	exit 1
fi
first=$(tree_sum)
"$root/contrib/linux/import.sh" "$root" "$src" "$dest" --pkvm >/dev/null ||
	fail "the second import failed"
second=$(tree_sum)
echo "    tree checksum: pristine $before, after import $first, after a second import $second"
[ "$first" = "$second" ] || fail "a second import changed the tree"
[ "$first" != "$before" ] || fail "the import changed nothing"
echo "    the hook as applied (diff against the pristine files):"
for f in "${hooked[@]}"; do
	diff -u --label "a/$f" --label "b/$f" "$work/pristine/$f" "$src/$f" | sed 's/^/    /' || true
done

# A hook that no longer applies must stop the import and leave the files alone: the same
# two files with one anchor changed each time, in a scratch tree.
scratch="$work/anchor-test"
for broken in 's|return false; /\* Pass through \*/|return false;|' \
	's|^#include <nvhe/ffa.h>$|#include <nvhe/ffa2.h>|' \
	's|^hyp-obj := \$(patsubst|hyp-obj = $(patsubst|'; do
	rm -rf "$scratch"
	mkdir -p "$scratch/$nvhe" "$scratch/$dest"
	cp "$work/pristine/$nvhe/Makefile" "$work/pristine/$nvhe/ffa.c" "$scratch/$nvhe/"
	cp "$src/$dest/Makefile.ffa_validate" "$src/$dest/ffav_pkvm.c" "$scratch/$dest/"
	sed -i "$broken" "$scratch/$nvhe/Makefile" "$scratch/$nvhe/ffa.c"
	sum=$(cat "$scratch/$nvhe/Makefile" "$scratch/$nvhe/ffa.c" | sha256sum)
	if "$root/contrib/linux/pkvm/hook.sh" "$scratch" "$dest" >/dev/null 2>"$scratch.err"; then
		fail "hook.sh applied to a tree with a broken anchor ($broken)"
	elif [ "$(cat "$scratch/$nvhe/Makefile" "$scratch/$nvhe/ffa.c" | sha256sum)" != "$sum" ]; then
		fail "hook.sh changed files although an anchor was broken ($broken)"
	else
		echo "    broken anchor ($broken): $(head -n 1 "$scratch.err")"
	fi
done
rm -rf "$scratch" "$scratch.err"

# ---- 4. With the library ----------------------------------------------------------------------
mapfile -t lib_srcs < <(cd "$src/$dest" && ls -- *.c)
for cc in $compilers; do
	step "$cc: build of $nvhe/ with the library"
	build "$cc" ffav || continue
	new=$(LC_ALL=C comm -13 "$work/$cc/undefined.base" "$work/$cc/undefined.ffav" | paste -sd' ')
	echo "    $cc: kvm_nvhe.o undefined symbols: $(wc -l <"$work/$cc/undefined.base") without the library, $(wc -l <"$work/$cc/undefined.ffav") with it, new: ${new:-none}"
	[ -z "$new" ] || fail "$cc: the library adds undefined symbols to kvm_nvhe.o: $new"
	# (nm into a variable first: grep -q would end the pipe early, and pipefail fail it.)
	defs=$(llvm-nm --defined-only "$work/$cc/kvm_nvhe.ffav.o" | awk '{ print $NF }')
	for sym in __kvm_nvhe_ffav_pkvm_host_call __kvm_nvhe_ffav_pkvm_prepare \
		__kvm_nvhe_ffav_canonical_prepared __kvm_nvhe_ffav_canonical; do
		grep -qx "$sym" <<<"$defs" || fail "$cc: kvm_nvhe.o does not define $sym"
	done
	undefs=$(llvm-nm -u "$work/$cc/$nvhe/ffa.nvhe.o" | awk '{ print $NF }')
	grep -qx ffav_pkvm_host_call <<<"$undefs" ||
		fail "$cc: ffa.nvhe.o does not call ffav_pkvm_host_call (hook not compiled in)"
	grep -qx ffav_pkvm_prepare <<<"$undefs" ||
		fail "$cc: ffa.nvhe.o does not call ffav_pkvm_prepare (negotiation hook not compiled in)"

	read -r bt bd bb <"$work/$cc/size.base"
	read -r at ad ab <"$work/$cc/size.ffav"
	printf '    %s: kvm_nvhe.o text %d -> %d (+%d), data %d -> %d (+%d), bss %d -> %d (+%d)\n' \
		"$cc" "$bt" "$at" $((at - bt)) "$bd" "$ad" $((ad - bd)) "$bb" "$ab" $((ab - bb))
	printf '    %-24s %7s %6s %5s\n' "object ($cc, EL2)" text data bss
	total=0
	for s in "${lib_srcs[@]}"; do
		o="$work/$cc/$dest/${s%.c}.nvhe.o"
		[ -f "$o" ] || continue
		read -r t d b < <(llvm-size "$o" | awk 'NR == 2 { print $1, $2, $3 }')
		printf '    %-24s %7d %6d %5d\n' "${s%.c}.nvhe.o" "$t" "$d" "$b"
		total=$((total + t + d + b))
	done
	printf '    %-24s %7d (text+data+bss of the objects above)\n' total "$total"
done

# ---- 5. Every lib/*.c in the kernel proper --------------------------------------------------
# nVHE builds only the checks; the kernel's composite object (Kbuild: ffav-files, with the
# models and the strings) is every lib/*.c. Wired as docs/porting.md says for kernel code
# ("obj-y += ffa_validate/" in lib/Makefile), each object built with W=1 and
# CONFIG_FFA_VALIDATE=y given to make.
echo "obj-y += ffa_validate/" >>"$src/lib/Makefile"
mapfile -t kobjs < <(printf '%s\n' "${lib_srcs[@]}" | grep -vx ffav_pkvm.c |
	sed "s|^|$dest/|; s|\.c\$|.o|")
for cc in $compilers; do
	step "$cc: every lib/*.c as kernel objects (${#kobjs[@]}), W=1"
	log="$work/$cc/kernel-objs.log"
	rm -f "${kobjs[@]/#/$work/$cc/}"
	if ! kmake "$cc" W=1 CONFIG_FFA_VALIDATE=y "${kobjs[@]}" >"$log" 2>&1; then
		sed 's/^/    /' "$log" | tail -n 30 >&2
		fail "$cc: lib/*.c do not build as kernel objects (log: $log)"
	elif grep -q 'warning:' "$log"; then
		grep 'warning:' "$log" | sed 's/^/    /' >&2
		fail "$cc: warnings in the kernel objects (log: $log)"
	else
		n=0
		for o in "${kobjs[@]}"; do
			[ -f "$work/$cc/$o" ] && n=$((n + 1))
		done
		echo "    $cc: $n of ${#kobjs[@]} kernel objects built, no warning"
		[ "$n" -eq "${#kobjs[@]}" ] || fail "$cc: only $n of ${#kobjs[@]} kernel objects built"
	fi
done

step "done"
if [ "$failures" -ne 0 ]; then
	echo "real-tree-linux: $failures failure(s)"
	exit 1
fi
echo "real-tree-linux: OK (Linux $kver, $compilers, W=1, CONFIG_WERROR=y: no warning, no new undefined symbol, import idempotent)"
