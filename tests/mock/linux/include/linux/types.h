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

typedef unsigned char __u8;
typedef signed char __s8;
typedef unsigned short __u16;
typedef signed short __s16;
typedef unsigned int __u32;
typedef signed int __s32;
typedef unsigned long long __u64;
typedef signed long long __s64;

typedef __u8 u8;
typedef __s8 s8;
typedef __u16 u16;
typedef __s16 s16;
typedef __u32 u32;
typedef __s32 s32;
typedef __u64 u64;
typedef __s64 s64;

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
