/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Mock of the kernel's <linux/types.h> for scripts/kernel-like-build.sh: only the names a
 * kernel provides that libffa_validate and its examples use, with the kernel's meaning
 * (u8..u64 and s8..s64 are the fixed-width types; uint8_t..uint64_t and int8_t..int64_t
 * are the same types under their C names; bool is _Bool; size_t is the compiler's).
 * Written for the build check, not taken from Linux.
 */
#ifndef MOCK_LINUX_TYPES_H
#define MOCK_LINUX_TYPES_H

#include <linux/stddef.h>

/* The kernel builds u8..s64 on its uapi names __u8..__s64; nothing here uses those, and
 * they are reserved identifiers outside a kernel, so the mock defines u8..s64 directly. */
typedef unsigned char u8;
typedef signed char s8;
typedef unsigned short u16;
typedef signed short s16;
typedef unsigned int u32;
typedef signed int s32;
typedef unsigned long long u64;
typedef signed long long s64;

typedef u8 uint8_t;
typedef u16 uint16_t;
typedef u32 uint32_t;
typedef u64 uint64_t;
typedef s8 int8_t;
typedef s16 int16_t;
typedef s32 int32_t;
typedef s64 int64_t;

typedef _Bool bool;
typedef __SIZE_TYPE__ size_t;
typedef __UINTPTR_TYPE__ uintptr_t;

#endif /* MOCK_LINUX_TYPES_H */
