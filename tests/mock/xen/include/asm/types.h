/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Mock of Xen's <asm/types.h> for Arm64, which <xen/types.h> includes after defining
 * u8..u64, written for the build check from the interface it offers, not taken from Xen:
 * the 64-bit address and register types.
 */
#ifndef MOCK_XEN_ASM_TYPES_H
#define MOCK_XEN_ASM_TYPES_H

typedef u64 vaddr_t;
typedef u64 paddr_t;
typedef u64 register_t;

#endif /* MOCK_XEN_ASM_TYPES_H */
