/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * libffa_validate's environment in the Linux kernel and in pKVM's nVHE hypervisor, in the
 * manner of include/linux/libfdt_env.h. Makefile.ffa_validate selects it with
 * -DFFAV_ENV_HEADER='"ffav_env_linux.h"'; the library's own ffa_validate_env.h stays
 * unmodified next to it.
 *
 * lib/ needs uint8_t, uint16_t, uint32_t, uint64_t, int32_t, size_t, bool, true, false and
 * NULL. The kernel already has every one of them:
 *
 *   kernel name          name lib/ uses     where
 *   u8 u16 u32 u64       uint8_t..uint64_t  <linux/types.h> ("bit types")
 *   s32                  int32_t            <linux/types.h>
 *   bool, size_t         bool, size_t       <linux/types.h>
 *   NULL, true, false    the same           <linux/stddef.h>
 *
 * so this header includes them and checks at build time that each name lib/ uses is the
 * kernel's own type, instead of typedef'ing it a second time.
 */
#ifndef FFAV_ENV_LINUX_H
#define FFAV_ENV_LINUX_H

#include <linux/stddef.h>
#include <linux/types.h>

#define FFAV_ENV_SAME_TYPE(lib_name, kernel_name)                           \
	_Static_assert(__builtin_types_compatible_p(lib_name, kernel_name), \
		       #lib_name " must be the kernel's " #kernel_name)

FFAV_ENV_SAME_TYPE(uint8_t, u8);
FFAV_ENV_SAME_TYPE(uint16_t, u16);
FFAV_ENV_SAME_TYPE(uint32_t, u32);
FFAV_ENV_SAME_TYPE(uint64_t, u64);
FFAV_ENV_SAME_TYPE(int32_t, s32);
FFAV_ENV_SAME_TYPE(bool, _Bool);
_Static_assert(sizeof(size_t) == sizeof(void *), "size_t must be pointer-sized");

#undef FFAV_ENV_SAME_TYPE

#endif /* FFAV_ENV_LINUX_H */
