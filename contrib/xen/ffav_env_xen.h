/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * libffa_validate's environment in the Xen hypervisor, in the manner of Xen's
 * include/xen/libfdt/libfdt_env.h. Makefile.ffa_validate selects it with
 * -DFFAV_ENV_HEADER='"ffav_env_xen.h"'; the library's own ffa_validate_env.h stays
 * unmodified next to it.
 *
 * lib/ needs uint8_t, uint16_t, uint32_t, uint64_t, int32_t, size_t, bool, true, false and
 * NULL. In Xen 4.20 and later <xen/types.h> provides all of them: the C fixed-width names
 * come from <xen/stdint.h> (over the compiler's __UINT8_TYPE__ ...), bool, true and false
 * from <xen/stdbool.h>, size_t and NULL from <xen/types.h> itself, which also keeps the
 * unsigned short names u8..u64 over the C names. The signed short names (s8..s64) are gone
 * since Xen 4.20, so nothing here uses them. This header includes <xen/types.h> and checks
 * at build time that the names agree, instead of typedef'ing anything a second time.
 */
#ifndef FFAV_ENV_XEN_H
#define FFAV_ENV_XEN_H

#include <xen/types.h>

#define FFAV_ENV_SAME_TYPE(lib_name, xen_name)                           \
	_Static_assert(__builtin_types_compatible_p(lib_name, xen_name), \
		       #lib_name " must be Xen's " #xen_name)

FFAV_ENV_SAME_TYPE(uint8_t, u8);
FFAV_ENV_SAME_TYPE(uint16_t, u16);
FFAV_ENV_SAME_TYPE(uint32_t, u32);
FFAV_ENV_SAME_TYPE(uint64_t, u64);
FFAV_ENV_SAME_TYPE(bool, _Bool);
_Static_assert(sizeof(int32_t) == 4 && (int32_t)-1 < 0, "int32_t must be 32-bit signed");
_Static_assert(sizeof(size_t) == sizeof(void *), "size_t must be pointer-sized");

#undef FFAV_ENV_SAME_TYPE

#endif /* FFAV_ENV_XEN_H */
