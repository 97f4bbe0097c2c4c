/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/* Mock of the kernel's <linux/stddef.h>: NULL, true, false (see types.h). */
#ifndef MOCK_LINUX_STDDEF_H
#define MOCK_LINUX_STDDEF_H

#undef NULL
#define NULL ((void *)0)

enum { false = 0, true = 1 };

#endif /* MOCK_LINUX_STDDEF_H */
