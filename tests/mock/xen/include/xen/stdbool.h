/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * Mock of Xen's <xen/stdbool.h>, written for the build check from the interface it offers,
 * not taken from Xen: bool, true and false as macros, as C's <stdbool.h> has them. (Xen also
 * defines __bool_true_false_are_defined, a reserved identifier outside Xen that nothing here
 * uses.)
 */
#ifndef MOCK_XEN_STDBOOL_H
#define MOCK_XEN_STDBOOL_H

#define bool _Bool
#define true 1
#define false 0

#endif /* MOCK_XEN_STDBOOL_H */
