/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Mock of Xen's <xen/types.h> (Xen 4.20 and later) for scripts/kernel-like-build.sh and the
 * contrib tests, written from the interface it offers, not taken from Xen:
 *   - it includes <xen/stdbool.h> (bool, true, false) and <xen/stdint.h> (int8_t..uint64_t);
 *   - the unsigned short names u8, u16, u32, u64 over the C names; since 4.20 there are NO
 *     signed short names (s8..s64), so a port that uses them fails here as it would in Xen;
 *   - then <asm/types.h> (vaddr_t, paddr_t, register_t);
 *   - size_t, ssize_t, ptrdiff_t, uintptr_t, NULL and the integer limits.
 * Xen also has the endian-tagged __le16..__be64; nothing here uses them, and they are
 * reserved identifiers outside Xen, so the mock leaves them out.
 */
#ifndef MOCK_XEN_TYPES_H
#define MOCK_XEN_TYPES_H

#include <xen/stdbool.h>
#include <xen/stdint.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;

#include <asm/types.h>

typedef __SIZE_TYPE__ size_t;
typedef signed long ssize_t;
typedef __PTRDIFF_TYPE__ ptrdiff_t;
typedef __UINTPTR_TYPE__ uintptr_t;

#ifndef NULL
#define NULL ((void *)0)
#endif

#define INT8_MIN (-128)
#define INT16_MIN (-32768)
#define INT32_MIN (-2147483647 - 1)
#define INT8_MAX 127
#define INT16_MAX 32767
#define INT32_MAX 2147483647
#define UINT8_MAX 255
#define UINT16_MAX 65535
#define UINT32_MAX 4294967295U
#define UINT64_MAX 18446744073709551615ULL
#define INT_MAX ((int)(~0U >> 1))
#define INT_MIN (-INT_MAX - 1)
#define UINT_MAX (~0U)
#define LONG_MAX ((long)(~0UL >> 1))
#define LONG_MIN (-LONG_MAX - 1)
#define ULONG_MAX (~0UL)

#endif /* MOCK_XEN_TYPES_H */
