// SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
/*
 * libffa_validate in pKVM's FF-A proxy: see ffav_pkvm.h. Built as an nVHE object
 * (ffav_pkvm.nvhe.o, symbols prefixed __kvm_nvhe_) next to the library's check objects.
 */
#include <linux/types.h>

#include "ffa_validate.h"
#include "ffav_pkvm.h"

bool ffav_pkvm_host_call(u64 regs[FFAV_NREGS], u32 version)
{
	/* The host under pKVM: the Non-secure physical FF-A instance, ID 0, acting only
	 * for itself; the spec's rules, strictly. */
	const struct ffav_caller caller = {
		.role = FFAV_ROLE_HOST,
		.id = 0,
		.version = version,
		.policy = 0,
	};
	s32 ret;

	if (!ffav_covers(regs[0]))
		return false;
	/* The checks, and on success the image they judged written over the host's call. */
	ret = ffav_canonical(&caller, regs, regs, NULL);
	if (ret == FFAV_RET_SUCCESS)
		return false;
	ffav_error_frame(ret, regs);
	return true;
}
