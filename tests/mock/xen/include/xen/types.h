/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Mock of Xen's <xen/types.h> for scripts/kernel-like-build.sh: the C fixed-width names
 * (<xen/stdint.h>), bool (<xen/stdbool.h>), size_t, NULL and the short names u8..u64,
 * s8..s64 defined over them, as Xen does. Written for the build check, not taken from Xen.
 */
#ifndef MOCK_XEN_TYPES_H
#define MOCK_XEN_TYPES_H

#include <xen/stdbool.h>
#include <xen/stdint.h>

typedef __SIZE_TYPE__ size_t;

#ifndef NULL
#define NULL ((void *)0)
#endif

typedef uint8_t u8;
typedef int8_t s8;
typedef uint16_t u16;
typedef int16_t s16;
typedef uint32_t u32;
typedef int32_t s32;
typedef uint64_t u64;
typedef int64_t s64;

#endif /* MOCK_XEN_TYPES_H */
