// SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause
/*
 * libffa_validate in pKVM's FF-A proxy: see ffav_pkvm.h. Built as an nVHE object
 * (ffav_pkvm.nvhe.o, symbols prefixed __kvm_nvhe_) next to the library's check objects,
 * with the kit's build selection (Makefile.ffa_validate, ffav-nvhe-ccflags).
 */
#include <linux/types.h>

#include "ffa_validate.h"
#include "ffav_pkvm.h"

/* The host under pKVM: the Non-secure physical FF-A instance, ID 0, acting only for itself;
 * the spec's rules, strictly. */
static struct ffav_caller ffav_pkvm_host_at(u32 version)
{
	const struct ffav_caller caller = {
		.role = FFAV_ROLE_HOST,
		.id = 0,
		.version = version,
		.policy = 0,
	};

	return caller;
}

/* The host described once, at the version it negotiated (written by ffav_pkvm_prepare()
 * under pKVM's version_lock, before has_version_negotiated is set). */
static struct ffav_prepared ffav_pkvm_host;
static bool ffav_pkvm_host_prepared;

void ffav_pkvm_prepare(u32 version)
{
	const struct ffav_caller caller = ffav_pkvm_host_at(version);

	ffav_pkvm_host_prepared = ffav_prepare(&caller, &ffav_pkvm_host, NULL) == FFAV_RET_SUCCESS;
}

bool ffav_pkvm_host_call(u64 regs[FFAV_NREGS], u32 version)
{
	s32 ret;

	if (!ffav_covers(regs[0]))
		return false;
	/* The checks, and on success the image they judged written over the host's call. The
	 * description prepared at negotiation when it is the host's at this version; judged
	 * here otherwise (the same answers, more work). */
	if (ffav_pkvm_host_prepared && ffav_pkvm_host.caller.version == version) {
		ret = ffav_canonical_prepared(&ffav_pkvm_host, regs, regs, NULL);
	} else {
		const struct ffav_caller caller = ffav_pkvm_host_at(version);

		ret = ffav_canonical(&caller, regs, regs, NULL);
	}
	if (ret == FFAV_RET_SUCCESS)
		return false;
	ffav_error_frame(ret, regs);
	return true;
}
