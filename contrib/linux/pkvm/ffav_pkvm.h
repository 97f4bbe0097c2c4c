/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * libffa_validate in pKVM's FF-A proxy (arch/arm64/kvm/hyp/nvhe/ffa.c). Copied into the
 * kernel tree by contrib/linux/import.sh --pkvm, which also inserts the call of
 * ffav_pkvm_host_call() into kvm_host_ffa_handler() and that of ffav_pkvm_prepare() into
 * do_ffa_version() (contrib/linux/pkvm/hook.sh).
 */
#ifndef FFAV_PKVM_H
#define FFAV_PKVM_H

#include <linux/types.h>

#include "ffa_validate.h"

/*
 * The host's trapped FF-A call, x0..x17 in regs (the host context's registers), judged
 * with role host, ID 0, at the FF-A version the host negotiated with the proxy:
 *   - a call the library does not cover: regs untouched, false (the proxy goes on as
 *     before);
 *   - a covered call the checks accept: regs rewritten with its canonical image (SVE hint
 *     and SMC32 upper halves cleared, unused registers zero), false: the proxy's
 *     pass-through then forwards exactly what was checked;
 *   - a covered call the checks refuse: regs overwritten with the FFA_ERROR frame (all of
 *     x0..x17), true: the call is answered and nothing is forwarded.
 */
bool ffav_pkvm_host_call(u64 regs[FFAV_NREGS], u32 version);

/*
 * The host's description judged once, at the version it negotiated: called by the hook in
 * do_ffa_version() under pKVM's version_lock, just before has_version_negotiated is set.
 * ffav_pkvm_host_call() at that version then uses it; at any other version it judges the
 * description on the call (the same answers).
 */
void ffav_pkvm_prepare(u32 version);

#endif /* FFAV_PKVM_H */
