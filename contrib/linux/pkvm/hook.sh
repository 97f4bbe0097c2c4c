#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
#
# Wire libffa_validate into pKVM's nVHE hypervisor, after contrib/linux/import.sh has
# copied the library (and, with --pkvm, ffav_pkvm.c/.h) into DEST:
#
#	contrib/linux/pkvm/hook.sh KERNEL_TREE DEST
#
# Two files of the kernel tree get lines of ours, each block between a "libffa_validate:
# begin" and a "libffa_validate: end" comment, placed at anchors found in the file:
#
#   arch/arm64/kvm/hyp/nvhe/Makefile   the nVHE build lines, BEFORE the line
#                                      "hyp-obj := $(patsubst %.o,%.nvhe.o,$(hyp-obj-y))":
#                                      ":=" expands hyp-obj-y there, once, so objects added
#                                      after it are silently not built.
#   arch/arm64/kvm/hyp/nvhe/ffa.c      #include "ffav_pkvm.h" after #include <nvhe/ffa.h>;
#                                      in kvm_host_ffa_handler(), just before the
#                                      pass-through ("if (ffa_call_supported(func_id))" /
#                                      "return false; /* Pass through */"), the call of
#                                      ffav_pkvm_host_call() on the host context's x0..x17
#                                      at the negotiated version (hyp_ffa_version); in
#                                      do_ffa_version(), just before
#                                      "has_version_negotiated = true;", the call of
#                                      ffav_pkvm_prepare(hyp_ffa_version): the host's
#                                      description judged once, under version_lock.
#
# Blocks an earlier run wrote are removed first, so a second run leaves the same files. An
# anchor that is missing, or found more than once, stops the script with an error and leaves
# both files as they were: the hook no longer applies to that kernel and must be looked at.
set -euo pipefail

die()
{
	echo "pkvm/hook.sh: $*" >&2
	exit 1
}

[ $# -eq 2 ] || {
	echo "usage: $0 KERNEL_TREE DEST" >&2
	exit 2
}
tree=$1
dest=${2%/}
nvhe="$tree/arch/arm64/kvm/hyp/nvhe"
makefile="$nvhe/Makefile"
ffa="$nvhe/ffa.c"
[ -f "$makefile" ] || die "no $makefile (not a kernel tree with pKVM)"
[ -f "$ffa" ] || die "no $ffa (this kernel has no pKVM FF-A proxy)"
[ -f "$tree/$dest/Makefile.ffa_validate" ] || die "no $dest/Makefile.ffa_validate: import first"
[ -f "$tree/$dest/ffav_pkvm.c" ] || die "no $dest/ffav_pkvm.c: import with --pkvm"

# strip FILE: FILE without the blocks of an earlier run, on stdout.
strip()
{
	awk -v file="$1" '
		/libffa_validate: begin/ {
			if (inside) { print file ": nested libffa_validate block" > "/dev/stderr"; bad = 1 }
			inside = 1; next
		}
		/libffa_validate: end/ {
			if (!inside) { print file ": stray libffa_validate end" > "/dev/stderr"; bad = 1 }
			inside = 0; next
		}
		!inside { print }
		END {
			if (inside) { print file ": unterminated libffa_validate block" > "/dev/stderr"; bad = 1 }
			exit bad
		}' "$1"
}

# count_lines FILE LINE: how many lines of FILE are exactly LINE.
count_lines()
{
	awk -v want="$2" '$0 == want { n++ } END { print n + 0 }' "$1"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ---- arch/arm64/kvm/hyp/nvhe/Makefile ---------------------------------------------------
strip "$makefile" >"$tmp/Makefile.base" || die "$makefile: cannot remove an earlier block"
mk_anchor='hyp-obj := $(patsubst %.o,%.nvhe.o,$(hyp-obj-y))'
n=$(count_lines "$tmp/Makefile.base" "$mk_anchor")
[ "$n" -eq 1 ] || die "$makefile: anchor '$mk_anchor' found $n times (want 1): the hook no longer applies"
cat >"$tmp/Makefile.block" <<EOF
# libffa_validate: begin (contrib/linux/import.sh --pkvm)
# Before hyp-obj: it expands hyp-obj-y once, here.
include \$(srctree)/$dest/Makefile.ffa_validate
hyp-obj-y += \$(ffav-nvhe-objs) \$(ffav-nvhe-dir)/ffav_pkvm.o
ccflags-y += \$(ffav-nvhe-ccflags)
# libffa_validate: end
EOF
awk -v anchor="$mk_anchor" -v block="$tmp/Makefile.block" '
	$0 == anchor { while ((getline l < block) > 0) print l }
	{ print }' "$tmp/Makefile.base" >"$tmp/Makefile.new"

# ---- arch/arm64/kvm/hyp/nvhe/ffa.c ------------------------------------------------------
strip "$ffa" >"$tmp/ffa.base" || die "$ffa: cannot remove an earlier block"
inc_anchor='#include <nvhe/ffa.h>'
fn_anchor='bool kvm_host_ffa_handler(struct kvm_cpu_context *host_ctxt, u32 func_id)'
if_anchor='	if (ffa_call_supported(func_id))'
ret_anchor='		return false; /* Pass through */'
ver_anchor='static u32 hyp_ffa_version;'
neg_anchor='		has_version_negotiated = true;'
for a in "$inc_anchor" "$fn_anchor" "$ver_anchor" "$neg_anchor"; do
	n=$(count_lines "$tmp/ffa.base" "$a")
	[ "$n" -eq 1 ] || die "$ffa: anchor '$a' found $n times (want 1): the hook no longer applies"
done
cat >"$tmp/ffa.inc" <<'EOF'
/* libffa_validate: begin (contrib/linux/import.sh --pkvm) */
#include "ffav_pkvm.h"
/* libffa_validate: end */
EOF
cat >"$tmp/ffa.call" <<'EOF'
	/* libffa_validate: begin (contrib/linux/import.sh --pkvm) */
	/*
	 * A covered call is rewritten in place as its canonical image, which the
	 * pass-through below forwards; a refused one is answered here with the
	 * FFA_ERROR frame over all of x0..x17 and goes nowhere.
	 */
	if (ffav_pkvm_host_call(&host_ctxt->regs.regs[0], hyp_ffa_version))
		return true;
	/* libffa_validate: end */
EOF
cat >"$tmp/ffa.prepare" <<'EOF'
		/* libffa_validate: begin (contrib/linux/import.sh --pkvm) */
		ffav_pkvm_prepare(hyp_ffa_version);
		/* libffa_validate: end */
EOF
# The pass-through is the "if" line followed by the "return false" line, inside
# kvm_host_ffa_handler() (after its first line, before the next function's).
awk -v inc="$inc_anchor" -v fn="$fn_anchor" -v if_a="$if_anchor" -v ret_a="$ret_anchor" \
	-v neg="$neg_anchor" -v prep_block="$tmp/ffa.prepare" \
	-v inc_block="$tmp/ffa.inc" -v call_block="$tmp/ffa.call" -v out="$tmp/ffa.new" '
	{ line[NR] = $0 }
	$0 == fn { in_fn = 1; fn_line = NR; next }
	in_fn && /^}/ { in_fn = 0 }
	in_fn && $0 == if_a { pending = NR; next }
	pending && $0 == ret_a { hits++; at = pending }
	{ pending = 0 }
	END {
		if (hits != 1) {
			printf "found %d pass-through anchors in kvm_host_ffa_handler() (want 1)\n", hits > "/dev/stderr"
			exit 1
		}
		for (i = 1; i <= NR; i++) {
			if (i == at)
				while ((getline l < call_block) > 0) print l > out
			if (line[i] == neg)
				while ((getline l < prep_block) > 0) print l > out
			print line[i] > out
			if (line[i] == inc)
				while ((getline l < inc_block) > 0) print l > out
		}
	}' "$tmp/ffa.base" || die "$ffa: anchor '$if_anchor' + '$ret_anchor': the hook no longer applies"

# Both files are written only when both hooks applied.
cmp -s "$tmp/Makefile.new" "$makefile" || cat "$tmp/Makefile.new" >"$makefile"
cmp -s "$tmp/ffa.new" "$ffa" || cat "$tmp/ffa.new" >"$ffa"
echo "pKVM hook: $makefile (nVHE build lines), $ffa (kvm_host_ffa_handler)"
