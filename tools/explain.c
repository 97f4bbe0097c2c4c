/* SPDX-License-Identifier: GPL-2.0-only OR BSD-3-Clause */
/*
 * A call explained field by field, for `ffa-validate check`: what each register of the ABI
 * holds, which registers are reserved, and which are not part of the call at all. The
 * layouts are the function-syntax tables of DEN0077A v1.3: Tables 16.3 (BITMAP_CREATE),
 * 16.8 (BITMAP_DESTROY), 16.12 (BIND), 16.16 (UNBIND), 16.20 (SET), 16.24 (GET), 16.46
 * (INFO_GET), 16.29 (BIND2), 16.33 (UNBIND2), 16.37 (SET2), 16.41 (GET2), 13.12 and 13.14
 * (FFA_FEATURES), 15.7 (DIRECT_REQ), 15.11 (DIRECT_RESP), 15.15 (DIRECT_REQ2) and 15.19
 * (DIRECT_RESP2), and the framework messages' Tables 18.6-18.8, 18.10-18.13, 18.40, 18.41 and
 * 18.43-18.46; direct and framework fields carry the spec's names and MBZ/SBZ labels. This
 * file only describes; the verdict is the library's.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <string.h>

#include "ffav_cli.h"

static struct ffav_cli_field *add(struct ffav_cli_explanation *d, const char *name, uint64_t value,
				  const char *locfmt, ...) __attribute__((format(printf, 4, 5)));

static struct ffav_cli_field *add(struct ffav_cli_explanation *d, const char *name, uint64_t value,
				  const char *locfmt, ...)
{
	static struct ffav_cli_field overflow;
	struct ffav_cli_field *f = d->n < FFAV_CLI_MAX_FIELDS ? &d->f[d->n++] : &overflow;
	va_list ap;

	memset(f, 0, sizeof(*f));
	va_start(ap, locfmt);
	/* a register name ("w1[31:16]", "w3,w4"): every caller's fits in loc */
	/* va_start() is just above: LLVM bug 41311, a clang-tidy run over several files misses
	 * va_start() in every file after the first. */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	(void)vsnprintf(f->loc, sizeof(f->loc), locfmt, ap);
	va_end(ap);
	f->name = name;
	f->value = value;
	return f;
}

static void note(struct ffav_cli_field *f, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void note(struct ffav_cli_field *f, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	/* va_start() is just above: LLVM bug 41311, a clang-tidy run over several files misses
	 * va_start() in every file after the first. */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	(void)vsnprintf(f->note, sizeof(f->note), fmt, ap); /* display text: may be cut */
	va_end(ap);
}

struct call {
	const struct ffav_caller *caller;
	const uint64_t *regs;
	bool smc64;
	char r; /* 'w' or 'x' */
};

/* The register as the call's width sees it. */
static uint64_t arg(const struct call *c, unsigned int n)
{
	return c->smc64 ? c->regs[n] : (uint32_t)c->regs[n];
}

static bool at_least(const struct call *c, uint32_t major, uint32_t minor)
{
	return c->caller->version >= FFAV_VERSION(major, minor);
}

static void id_field(struct ffav_cli_explanation *d, const struct call *c, const char *name,
		     uint16_t id, const char *locfmt, unsigned int n)
{
	struct ffav_cli_field *f = add(d, name, id, locfmt, c->r, n);
	const char *what;

	if (id == 0)
		what = "ID 0: hypervisor or host (Non-secure physical instance)";
	else if (id == 0xFFFF)
		what = "secure: the SPMD";
	else if (id >= 0xFFC0)
		what = "secure: an SPMD logical partition";
	else if (id == 0x8000)
		what = "secure: the SPMC (conventional ID)";
	else if ((id & 0x8000) != 0)
		what = "secure endpoint (SP)";
	else
		what = "Normal-world endpoint (VM)";
	note(f, "%s%s", what, id == c->caller->id ? ", the caller" : "");
}

/* w1 = sender [31:16] | receiver [15:0] (notifications SET/BIND/UNBIND, direct messages). */
static void sender_receiver(struct ffav_cli_explanation *d, const struct call *c)
{
	uint32_t w1 = (uint32_t)c->regs[1];

	id_field(d, c, "sender", (uint16_t)(w1 >> 16), "%c%u[31:16]", 1);
	id_field(d, c, "receiver", (uint16_t)w1, "%c%u[15:0]", 1);
}

static void reserved_field(struct ffav_cli_explanation *d, uint64_t value, const char *loc)
{
	struct ffav_cli_field *f = add(d, "reserved", value, "%s", loc);

	note(f, "%s", value == 0 ? "zero, as required" : "NOT ZERO: reserved bits set");
}

static void bitmap_field(struct ffav_cli_explanation *d, const struct call *c)
{
	uint64_t bitmap = (uint64_t)(uint32_t)c->regs[4] << 32 | (uint32_t)c->regs[3];
	struct ffav_cli_field *f = add(d, "notification bitmap", bitmap, "w3,w4");
	size_t used = 0;
	unsigned int bit = 0;

	if (bitmap == 0) {
		note(f, "empty: no notification named");
		return;
	}
	used = (size_t)snprintf(f->note, sizeof(f->note), "IDs ");
	while (bit < 64 && used < sizeof(f->note)) {
		unsigned int end = bit;
		int w;

		if ((bitmap >> bit & 1u) == 0) {
			bit++;
			continue;
		}
		while (end + 1 < 64 && (bitmap >> (end + 1) & 1u) != 0)
			end++;
		if (end == bit)
			w = snprintf(f->note + used, sizeof(f->note) - used, "%s%u",
				     used > 4 ? ", " : "", bit);
		else
			w = snprintf(f->note + used, sizeof(f->note) - used, "%s%u-%u",
				     used > 4 ? ", " : "", bit, end);
		used += w > 0 ? (size_t)w : 0;
		bit = end + 1;
	}
}

static void flag_bit(struct ffav_cli_explanation *d, const struct call *c, unsigned int n,
		     unsigned int bit, const char *name, const char *off, const char *on)
{
	uint64_t v = arg(c, n) >> bit & 1u;
	struct ffav_cli_field *f = add(d, name, v, "%c%u[%u]", c->r, n, bit);

	note(f, "%s", v != 0 ? on : off);
}

static void create_destroy(struct ffav_cli_explanation *d, const struct call *c, bool create)
{
	uint32_t w1 = (uint32_t)c->regs[1];

	id_field(d, c, "VM ID", (uint16_t)w1, "%c%u[15:0]", 1);
	reserved_field(d, w1 >> 16, "w1[31:16]");
	if (create) {
		struct ffav_cli_field *f = add(d, "vCPU count", (uint32_t)c->regs[2], "w2");

		note(f, "execution contexts of the VM");
		if (at_least(c, 1, 3)) {
			uint32_t w3 = (uint32_t)c->regs[3];

			f = add(d, "number of SP notifications", w3 & 0x1FFu, "w3[8:0]");
			note(f, "i = %u: %u notifications requested from SPs (64 + i)", w3 & 0x1FFu,
			     64u + (w3 & 0x1FFu));
			reserved_field(d, w3 & ~0x1FFu, "w3[31:9]");
		}
	}
}

/* The notifications of a v1.3 bitmap or mask of six registers from x(first): notification i
 * is bit (i mod 64) of x(first + i / 64) (DEN0077A v1.3 Tables 16.29, 16.41). */
static void wide_bitmap_field(struct ffav_cli_explanation *d, const struct call *c,
			      const char *name, unsigned int first, const char *empty)
{
	struct ffav_cli_field *f = add(d, name, 0, "x%u-x%u", first, first + 5u);
	size_t used;
	unsigned int id = 0;
	bool any = false;

	f->value = c->regs[first];
	used = (size_t)snprintf(f->note, sizeof(f->note), "IDs ");
	while (id < 384u && used < sizeof(f->note)) {
		unsigned int end = id;
		int w;

		if ((c->regs[first + id / 64u] >> (id % 64u) & 1u) == 0) {
			id++;
			continue;
		}
		while (end + 1u < 384u &&
		       (c->regs[first + (end + 1u) / 64u] >> ((end + 1u) % 64u) & 1u) != 0)
			end++;
		if (end == id)
			w = snprintf(f->note + used, sizeof(f->note) - used, "%s%u",
				     any ? ", " : "", id);
		else
			w = snprintf(f->note + used, sizeof(f->note) - used, "%s%u-%u",
				     any ? ", " : "", id, end);
		used += w > 0 ? (size_t)w : 0;
		any = true;
		id = end + 1u;
	}
	if (!any)
		note(f, "%s", empty);
}

/* BIND2, UNBIND2, SET2 (DEN0077A v1.3 Tables 16.29, 16.33, 16.37). */
static void bind2_unbind2_set2(struct ffav_cli_explanation *d, const struct call *c,
			       enum ffav_abi abi)
{
	uint64_t x2 = c->regs[2];
	struct ffav_cli_field *f;

	sender_receiver(d, c);
	f = add(d, "x1 upper half", c->regs[1] >> 32, "x1[63:32]");
	note(f, "not described (w1 is 32-bit): ignored");
	switch (abi) {
	case FFAV_ABI_NOTIFICATION_BIND2:
		flag_bit(d, c, 2, 0, "per-vCPU flag", "global notifications",
			 "per-vCPU notifications");
		reserved_field(d, x2 & ~1ull, "x2[63:1]");
		break;
	case FFAV_ABI_NOTIFICATION_UNBIND2:
		reserved_field(d, x2, "x2");
		break;
	default:
		flag_bit(d, c, 2, 0, "per-vCPU flag", "global notifications",
			 "per-vCPU notifications, for the vCPU in x2[63:16]");
		flag_bit(d, c, 2, 1, "delay SRI flag", "Schedule Receiver Interrupt at once",
			 "delay the Schedule Receiver Interrupt (secure callers only)");
		reserved_field(d, x2 & 0xFFFCu, "x2[15:2]");
		f = add(d, "receiver vCPU ID", x2 >> 16, "x2[63:16]");
		note(f, "%s",
		     (x2 & 1u) != 0 ? "target execution context (48 bits)"
				    : "must be 0 for global notifications");
		break;
	}
	wide_bitmap_field(d, c, "notification bitmap", 3, "empty: no notification named");
}

/* GET2 (DEN0077A v1.3 Table 16.41): the masks say which notifications not to retrieve. */
static void get2(struct ffav_cli_explanation *d, const struct call *c)
{
	uint32_t w1 = (uint32_t)c->regs[1];
	struct ffav_cli_field *f;

	f = add(d, "receiver vCPU ID", w1 >> 16, "w1[31:16]");
	note(f, "per-vCPU notifications of this vCPU (global ones always)");
	id_field(d, c, "receiver", (uint16_t)w1, "%c%u[15:0]", 1);
	flag_bit(d, c, 2, 0, "SP bitmap flag", "not asked", "notifications from SPs");
	flag_bit(d, c, 2, 1, "VM bitmap flag", "not asked", "notifications from VMs");
	flag_bit(d, c, 2, 2, "SPMC framework flag", "not asked", "SPMC framework notifications");
	flag_bit(d, c, 2, 3, "hypervisor framework flag", "not asked",
		 "hypervisor framework notifications");
	reserved_field(d, c->regs[2] & ~0xFull, "x2[63:4]");
	wide_bitmap_field(d, c, "SP notification mask", 3, "none masked: retrieve all");
	wide_bitmap_field(d, c, "VM notification mask", 9, "none masked: retrieve all");
	f = add(d, "SPMC framework mask", c->regs[15], "x15");
	note(f, "1 = do not retrieve");
	f = add(d, "hypervisor framework mask", c->regs[16], "x16");
	note(f, "1 = do not retrieve");
}

static const char *feature_name(uint32_t id)
{
	switch (id) {
	case FFAV_FEATURE_NOTIF_PENDING_INTR:
		return "notification pending interrupt (v1.1)";
	case FFAV_FEATURE_SCHEDULE_RECV_INTR:
		return "Schedule Receiver interrupt (v1.1)";
	case FFAV_FEATURE_MANAGED_EXIT_INTR:
		return "managed exit interrupt (v1.1)";
	case FFAV_FEATURE_NOTIFICATIONS:
		return "notification features (v1.3)";
	default:
		return "no feature of DEN0077A v1.3 Table 13.14";
	}
}

/* FFA_FEATURES (DEN0077A v1.3 Tables 13.12, 13.14). */
static void features(struct ffav_cli_explanation *d, const struct call *c)
{
	uint32_t w1 = (uint32_t)c->regs[1];
	struct ffav_cli_field *f;

	f = add(d, "FF-A function ID or feature ID", w1 >> 31, "w1[31]");
	note(f, "%s", (w1 >> 31) != 0 ? "a function ID" : "a feature ID");
	if ((w1 >> 31) != 0) {
		const char *name = ffav_function_name(w1);

		f = add(d, "FF-A function ID", w1, "w1");
		note(f, "%s", name[0] != '\0' ? name : "names no FF-A function");
		f = add(d, "input properties", (uint32_t)c->regs[2], "w2");
		note(f, "%s",
		     ffav_abi_of(w1) != FFAV_ABI_NONE ? "none defined for this ABI"
						      : "as the queried interface defines");
		return;
	}
	reserved_field(d, w1 & 0x7FFFFF00u, "w1[30:8]");
	f = add(d, "feature ID", w1 & 0xFFu, "w1[7:0]");
	note(f, "%s", feature_name(w1 & 0xFFu));
	reserved_field(d, (uint32_t)c->regs[2], "w2");
}

static void bind_unbind_set(struct ffav_cli_explanation *d, const struct call *c, enum ffav_abi abi)
{
	uint32_t w2 = (uint32_t)c->regs[2];
	struct ffav_cli_field *f;

	sender_receiver(d, c);
	switch (abi) {
	case FFAV_ABI_NOTIFICATION_BIND:
		flag_bit(d, c, 2, 0, "per-vCPU flag", "global notifications",
			 "per-vCPU notifications");
		reserved_field(d, w2 & ~1u, "w2[31:1]");
		break;
	case FFAV_ABI_NOTIFICATION_UNBIND:
		reserved_field(d, w2, "w2");
		break;
	default:
		flag_bit(d, c, 2, 0, "per-vCPU flag", "global notifications",
			 "per-vCPU notifications, for the vCPU in w2[31:16]");
		flag_bit(d, c, 2, 1, "delay SRI flag", "Schedule Receiver Interrupt at once",
			 "delay the Schedule Receiver Interrupt (secure callers only)");
		reserved_field(d, w2 & 0xFFFCu, "w2[15:2]");
		f = add(d, "receiver vCPU ID", w2 >> 16, "w2[31:16]");
		note(f, "%s",
		     (w2 & 1u) != 0 ? "target execution context"
				    : "must be 0 for global notifications");
		break;
	}
	bitmap_field(d, c);
}

static void get(struct ffav_cli_explanation *d, const struct call *c)
{
	uint32_t w1 = (uint32_t)c->regs[1];
	uint32_t w2 = (uint32_t)c->regs[2];
	struct ffav_cli_field *f;

	f = add(d, "receiver vCPU ID", w1 >> 16, "w1[31:16]");
	note(f, "per-vCPU notifications of this vCPU (global ones always)");
	id_field(d, c, "receiver", (uint16_t)w1, "%c%u[15:0]", 1);
	flag_bit(d, c, 2, 0, "SP bitmap flag", "not asked", "notifications from SPs");
	flag_bit(d, c, 2, 1, "VM bitmap flag", "not asked", "notifications from VMs");
	flag_bit(d, c, 2, 2, "SPM framework flag", "not asked", "SPM framework notifications");
	flag_bit(d, c, 2, 3, "hypervisor framework flag", "not asked",
		 "hypervisor framework notifications");
	reserved_field(d, w2 & ~0xFu, "w2[31:4]");
}

static const char *framework_name(uint32_t type)
{
	static const char *const names[16] = {
		"power management request: PSCI function (Table 18.6)",
		"power management request: warm boot (Table 18.7)",
		"power management response (Table 18.8)",
		NULL,
		"VM created request (Table 18.10)",
		"VM created response (Table 18.11)",
		"VM destroyed request (Table 18.12)",
		"VM destroyed response (Table 18.13)",
		"FFA_VERSION request (not in the spec; SPMD to SPMC)",
		"FFA_VERSION response (not in the spec; SPMC to SPMD)",
		"partition stop request (Table 18.40)",
		"partition stop response (Table 18.41)",
		"partition live activation start request (Table 18.43)",
		"partition live activation start response (Table 18.44)",
		"partition live activation finish request (Table 18.45)",
		"partition live activation finish response (Table 18.46)",
	};

	return type < 16 && names[type] != NULL ? names[type] : "unknown framework message type";
}

static void payload(struct ffav_cli_explanation *d, const struct call *c, unsigned int first,
		    unsigned int last)
{
	bool any = false;
	unsigned int n;

	for (n = first; n <= last; n++) {
		if (arg(c, n) != 0) {
			add(d, "payload", arg(c, n), "%c%u", c->r, n);
			any = true;
		}
	}
	if (!any) {
		struct ffav_cli_field *f =
			add(d, "payload", 0, "%c%u-%c%u", c->r, first, c->r, last);

		note(f, "all zero");
	}
}

/* A reserved field with the label the spec gives it (MBZ or SBZ). */
static void reserved_labelled(struct ffav_cli_explanation *d, uint64_t value, const char *label,
			      const char *loc)
{
	struct ffav_cli_field *f = add(d, label, value, "%s", loc);

	note(f, "%s", value == 0 ? "zero, as required" : "NOT ZERO: reserved bits set");
}

/* Registers first..last, reserved with this label, named as the call's width does: each
 * non-zero one, or one line when all are zero. */
static void reserved_regs(struct ffav_cli_explanation *d, const struct call *c, unsigned int first,
			  unsigned int last, const char *label)
{
	bool any = false;
	unsigned int n;
	char loc[24];

	if (first > last)
		return;
	for (n = first; n <= last; n++) {
		if (arg(c, n) != 0) {
			(void)snprintf(loc, sizeof(loc), "%c%u", c->r, n);
			reserved_labelled(d, arg(c, n), label, loc);
			any = true;
		}
	}
	if (any)
		return;
	if (first == last)
		(void)snprintf(loc, sizeof(loc), "%c%u", c->r, first);
	else
		(void)snprintf(loc, sizeof(loc), "%c%u-%c%u", c->r, first, c->r, last);
	reserved_labelled(d, 0, label, loc);
}

/* In the SMC64 forms of the types defined with 32-bit fields, the upper halves (and x8-x17)
 * are read as SBZ (docs/direct_messaging.md). */
static void upper_half_sbz(struct ffav_cli_explanation *d, const struct call *c, unsigned int n)
{
	char loc[24];

	if (!c->smc64)
		return;
	(void)snprintf(loc, sizeof(loc), "x%u[63:32]", n);
	reserved_labelled(d, c->regs[n] >> 32, "reserved (SBZ)", loc);
}

/* The status code of a framework response: 32 bits (Tables 18.8, 18.11, 18.13) or x3[7:0] in
 * two's complement (Tables 18.41, 18.44, 18.46). */
static void status_field(struct ffav_cli_explanation *d, const struct call *c, bool byte,
			 const char *name)
{
	struct ffav_cli_field *f;

	if (byte) {
		int32_t code = (int32_t)(int8_t)(uint8_t)c->regs[3];

		f = add(d, name, (uint8_t)c->regs[3], "x3[7:0]");
		note(f, "%s", ffav_cli_status_name(code));
		reserved_labelled(d, c->regs[3] >> 8, "reserved (MBZ)", "x3[63:8]");
		return;
	}
	f = add(d, name, (uint32_t)c->regs[3], "w3");
	note(f, "%s", ffav_cli_status_name((int32_t)(uint32_t)c->regs[3]));
	upper_half_sbz(d, c, 3);
}

static void sp_id_field(struct ffav_cli_explanation *d, const struct call *c)
{
	id_field(d, c, "SP to live-activate", (uint16_t)c->regs[3], "%c%u[15:0]", 3);
	reserved_labelled(d, c->regs[3] >> 16, "reserved (MBZ)", "x3[63:16]");
}

/* Framework-message fields, by the names of DEN0077A v1.3 Tables 18.6-18.8, 18.10-18.13,
 * 18.40, 18.41, 18.43-18.46. */
static void framework_payload(struct ffav_cli_explanation *d, const struct call *c, uint32_t type,
			      unsigned int last)
{
	struct ffav_cli_field *f;
	uint32_t w3 = (uint32_t)c->regs[3];
	uint32_t w5 = (uint32_t)c->regs[5];

	if (type >= 0x0A && type <= 0x0F && !c->smc64) { /* SMC64 only: no layout in SMC32 */
		payload(d, c, 3, last);
		return;
	}
	switch (type) {
	case 0x00:
		add(d, "PSCI function ID", w3, "w3");
		add(d, "PSCI w1/x1", arg(c, 4), "%c4", c->r);
		add(d, "PSCI w2/x2", arg(c, 5), "%c5", c->r);
		add(d, "PSCI w3/x3", arg(c, 6), "%c6", c->r);
		reserved_regs(d, c, 7, last, "reserved (SBZ)");
		break;
	case 0x01:
		f = add(d, "warm boot type", w3 & 1u, "w3[0]");
		note(f, "%s",
		     (w3 & 1u) == 0 ? "exit from suspend to RAM"
				    : "exit from a shallower low-power state");
		reserved_labelled(d, w3 >> 1, "reserved (MBZ)", "w3[31:1]");
		upper_half_sbz(d, c, 3);
		reserved_regs(d, c, 4, last, "reserved (SBZ)");
		break;
	case 0x02:
		f = add(d, "response status (PSCI)", w3, "w3");
		note(f, "%s",
		     w3 == 0		 ? "PSCI SUCCESS"
		     : w3 == 0xFFFFFFFDu ? "PSCI DENIED"
					 : "not SUCCESS or DENIED: not allowed");
		upper_half_sbz(d, c, 3);
		reserved_regs(d, c, 4, last, "reserved (SBZ)");
		break;
	case 0x04:
	case 0x06:
		add(d, "VM handle [31:0]", w3, "w3");
		f = add(d, "VM handle [63:32]", (uint32_t)c->regs[4], "w4");
		if (w3 == 0xFFFFFFFFu && (uint32_t)c->regs[4] == 0xFFFFFFFFu)
			note(f, "the invalid handle: field unused");
		upper_half_sbz(d, c, 3);
		upper_half_sbz(d, c, 4);
		id_field(d, c, "VM ID", (uint16_t)w5, "%c%u[15:0]", 5);
		reserved_labelled(d, w5 >> 16, "reserved (SBZ)", "w5[31:16]");
		upper_half_sbz(d, c, 5);
		reserved_regs(d, c, 6, last, "reserved (SBZ)");
		break;
	case 0x05:
	case 0x07:
		status_field(d, c, false, "SP status");
		reserved_regs(d, c, 4, last, "reserved (SBZ)");
		break;
	case 0x08:
		add(d, "requested version", w3, "w3");
		payload(d, c, 4, last);
		break;
	case 0x09:
		f = add(d, "version", w3, "w3");
		if ((w3 & 0x80000000u) != 0)
			note(f, "%s", ffav_cli_status_name((int32_t)w3));
		payload(d, c, 4, last);
		break;
	case 0x0A:
		f = add(d, "stop reason", c->regs[3] & 1u, "x3[0]");
		note(f, "%s",
		     (c->regs[3] & 1u) != 0 ? "stop for live activation"
					    : "stop (the SP will be deleted or restarted)");
		reserved_labelled(d, c->regs[3] >> 1, "reserved (MBZ)", "x3[63:1]");
		reserved_regs(d, c, 4, 7, "reserved (MBZ)");
		reserved_regs(d, c, 8, last, "reserved (SBZ)");
		break;
	case 0x0B:
		status_field(d, c, true, "response status code");
		add(d, "live-state buffer base", arg(c, 4), "x4");
		add(d, "live-state buffer pages", arg(c, 5), "x5");
		reserved_regs(d, c, 6, last, "reserved (SBZ)");
		break;
	case 0x0C:
		sp_id_field(d, c);
		add(d, "target SP image base (PA)", arg(c, 4), "x4");
		add(d, "target SP image pages", arg(c, 5), "x5");
		f = add(d, "target SP manifest (PA)", arg(c, 6), "x6");
		if (arg(c, 6) == 0)
			note(f, "not specified");
		add(d, "target SP manifest pages", arg(c, 7), "x7");
		reserved_regs(d, c, 8, last, "reserved (SBZ)");
		break;
	case 0x0E:
		sp_id_field(d, c);
		reserved_regs(d, c, 4, last, "reserved (SBZ)");
		break;
	case 0x0D:
	case 0x0F:
		status_field(d, c, true, "response status code");
		reserved_regs(d, c, 4, last, "reserved (SBZ)");
		break;
	default:
		payload(d, c, 3, last);
		break;
	}
}

/* w1 of the direct-message ABIs: "Sender and Receiver endpoint IDs" (DEN0077A v1.3 Tables
 * 15.7, 15.11, 15.15, 15.19). */
static void direct_endpoints(struct ffav_cli_explanation *d, const struct call *c)
{
	uint32_t w1 = (uint32_t)c->regs[1];

	id_field(d, c, "sender endpoint ID", (uint16_t)(w1 >> 16), "%c%u[31:16]", 1);
	id_field(d, c, "receiver endpoint ID", (uint16_t)w1, "%c%u[15:0]", 1);
}

/* DIRECT_REQ/RESP (DEN0077A v1.3 Tables 15.7, 15.11): w2 the message flags, [31] the message
 * type, [30:8] SBZ (MBZ for framework types 0x0A-0x0F), [7:0] MBZ for a partition message or
 * the framework message type. */
static void direct_req_resp(struct ffav_cli_explanation *d, const struct call *c, unsigned int last)
{
	uint32_t w2 = (uint32_t)c->regs[2];
	struct ffav_cli_field *f;
	bool fwk = (w2 >> 31) != 0;

	direct_endpoints(d, c);
	if (c->smc64)
		reserved_field(d, c->regs[1] >> 32, "x1[63:32]");
	if (!at_least(c, 1, 1)) {
		reserved_labelled(d, w2, "reserved (MBZ, v1.0)", "w2");
		payload(d, c, 3, last);
		return;
	}
	f = add(d, "message type (flags)", w2 >> 31, "w2[31]");
	note(f, "%s", fwk ? "framework message" : "partition message");
	reserved_labelled(d, w2 & 0x7FFFFF00u,
			  fwk && (w2 & 0xFFu) >= 0x0A && (w2 & 0xFFu) <= 0x0F ? "reserved (MBZ)"
									      : "reserved (SBZ)",
			  "w2[30:8]");
	if (fwk) {
		f = add(d, "framework message type", w2 & 0xFFu, "w2[7:0]");
		note(f, "%s", framework_name(w2 & 0xFFu));
	} else {
		reserved_labelled(d, w2 & 0xFFu, "reserved (MBZ)", "w2[7:0]");
	}
	if (c->smc64)
		reserved_field(d, c->regs[2] >> 32, "x2[63:32]");
	if (fwk)
		framework_payload(d, c, w2 & 0xFFu, last);
	else
		payload(d, c, 3, last);
}

/* DIRECT_REQ2 (Table 15.15): x2/x3 the UUID; DIRECT_RESP2 (Table 15.19): x2/x3 SBZ. */
static void direct_req2_resp2(struct ffav_cli_explanation *d, const struct call *c, bool req2)
{
	direct_endpoints(d, c);
	reserved_field(d, c->regs[1] >> 32, "x1[63:32]");
	if (req2) {
		struct ffav_cli_field *f;
		char uuid[37];

		ffav_cli_uuid_format(c->regs[2], c->regs[3], uuid);
		f = add(d, "UUID bytes 0-7", c->regs[2], "x2");
		if (c->regs[2] == 0 && c->regs[3] == 0)
			note(f, "nil UUID: any service of the receiver");
		else
			note(f, "UUID %s", uuid);
		add(d, "UUID bytes 8-15", c->regs[3], "x3");
	} else {
		reserved_labelled(d, c->regs[2], "reserved (SBZ)", "x2");
		reserved_labelled(d, c->regs[3], "reserved (SBZ)", "x3");
	}
	payload(d, c, 4, 17);
}

/* Registers after the ABI's last parameter: reserved up to the end of the window (x7, or
 * x17 for SMC64 from v1.2), outside the call after it. */
static void unused_registers(struct ffav_cli_explanation *d, const struct call *c,
			     unsigned int last, unsigned int end)
{
	bool nonzero = false;
	unsigned int n;

	for (n = last + 1; n <= end; n++) {
		if (arg(c, n) != 0) {
			struct ffav_cli_field *f = add(d, "reserved", arg(c, n), "%c%u", c->r, n);

			note(f, "NOT ZERO: reserved register");
			nonzero = true;
		}
	}
	if (!nonzero && last < end) {
		struct ffav_cli_field *f;

		if (last + 1 == end)
			f = add(d, "reserved", 0, "%c%u", c->r, end);
		else
			f = add(d, "reserved", 0, "%c%u-%c%u", c->r, last + 1, c->r, end);
		note(f, "zero, as required");
	}
	for (n = end + 1; n < FFAV_NREGS; n++) {
		if (c->regs[n] != 0) {
			struct ffav_cli_field *f =
				add(d, "not part of the call", c->regs[n], "x%u", n);

			note(f, "%s", c->smc64 ? "ignored below v1.2" : "ignored for SMC32 calls");
		}
	}
}

/* SMC32: the upper halves of x1..x7 carry nothing (DEN0028 SMCCC §2.6, the reference of
 * rule CC_UPPER_HALF in include/ffa_validate_rules.h). */
static void upper_halves(struct ffav_cli_explanation *d, const struct call *c)
{
	unsigned int n;

	if (c->smc64)
		return;
	for (n = 1; n <= 7; n++) {
		uint64_t upper = c->regs[n] >> 32;

		if (upper != 0) {
			struct ffav_cli_field *f = add(d, "upper half", upper, "x%u[63:32]", n);

			note(f, "ignored for SMC32 (an error with policy reject-upper-halves)");
		}
	}
}

static void raw_registers(struct ffav_cli_explanation *d, const uint64_t regs[FFAV_NREGS])
{
	unsigned int n;

	for (n = 1; n < FFAV_NREGS; n++) {
		if (regs[n] != 0)
			add(d, "register", regs[n], "x%u", n);
	}
}

void ffav_cli_explain(const struct ffav_caller *caller, const uint64_t regs[FFAV_NREGS],
		      struct ffav_cli_explanation *d)
{
	struct call c;
	struct ffav_abi_layout p;

	memset(d, 0, sizeof(*d));
	d->fid = (uint32_t)regs[0] & ~FFAV_FID_SVE_HINT;
	d->sve_hint = (regs[0] & FFAV_FID_SVE_HINT) != 0;
	d->smc64 = (d->fid & FFAV_FID_SMC64) != 0;
	d->abi = ffav_abi_of(regs[0]);
	d->name = ffav_cli_function_name(d->fid);
	if (d->abi != FFAV_ABI_NONE && ffav_abi_name(d->abi)[0] != '\0')
		d->name = ffav_abi_name(d->abi);
	if ((regs[0] >> 32) != 0) {
		struct ffav_cli_field *f = add(d, "x0 upper half", regs[0] >> 32, "x0[63:32]");

		note(f, "ignored: only w0 names the function");
	}
	if (d->abi == FFAV_ABI_NONE) {
		raw_registers(d, regs);
		return;
	}
	c.caller = caller;
	c.regs = regs;
	c.smc64 = d->smc64;
	c.r = d->smc64 ? 'x' : 'w';
	/* the parameter window the checks judge */
	(void)ffav_abi_params(caller->version, regs[0], &p);
	switch (d->abi) {
	case FFAV_ABI_NOTIFICATION_BITMAP_CREATE:
	case FFAV_ABI_NOTIFICATION_BITMAP_DESTROY:
		create_destroy(d, &c, d->abi == FFAV_ABI_NOTIFICATION_BITMAP_CREATE);
		break;
	case FFAV_ABI_NOTIFICATION_BIND:
	case FFAV_ABI_NOTIFICATION_UNBIND:
	case FFAV_ABI_NOTIFICATION_SET:
		bind_unbind_set(d, &c, d->abi);
		break;
	case FFAV_ABI_NOTIFICATION_GET:
		get(d, &c);
		break;
	case FFAV_ABI_NOTIFICATION_BIND2:
	case FFAV_ABI_NOTIFICATION_UNBIND2:
	case FFAV_ABI_NOTIFICATION_SET2:
		bind2_unbind2_set2(d, &c, d->abi);
		break;
	case FFAV_ABI_NOTIFICATION_GET2:
		get2(d, &c);
		break;
	case FFAV_ABI_FEATURES:
		features(d, &c);
		break;
	case FFAV_ABI_MSG_SEND_DIRECT_REQ:
	case FFAV_ABI_MSG_SEND_DIRECT_RESP:
		direct_req_resp(d, &c, p.last_arg);
		break;
	case FFAV_ABI_MSG_SEND_DIRECT_REQ2:
	case FFAV_ABI_MSG_SEND_DIRECT_RESP2:
		direct_req2_resp2(d, &c, d->abi == FFAV_ABI_MSG_SEND_DIRECT_REQ2);
		break;
	case FFAV_ABI_NOTIFICATION_INFO_GET:
	case FFAV_ABI_NONE:
	default:
		break;
	}
	upper_halves(d, &c);
	unused_registers(d, &c, p.last_arg, p.window_end);
}
