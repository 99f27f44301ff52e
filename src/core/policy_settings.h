/* policy_settings.h - ids of the policy settings; never installed. SPDX-License-Identifier: MIT */
#ifndef KR_POLICY_SETTINGS_H
#define KR_POLICY_SETTINGS_H

enum kr_setting_id {
#define KR_SET(id, key, type, def, min, max, cite, desc) KR_##id,
#include "policy_settings.def"
#undef KR_SET
	KR_SETTING_COUNT
};

/* The setting of field f for each jenjang, indexed by karier_jenjang (-1 for none), for tables of ids. */
#define BY_JENJANG(f)                                                                              \
	{-1, KR_JEN_AHLI_PERTAMA_##f, KR_JEN_AHLI_MUDA_##f, KR_JEN_AHLI_MADYA_##f, KR_JEN_AHLI_UTAMA_##f,  \
	 KR_JEN_PEMULA_##f, KR_JEN_TERAMPIL_##f, KR_JEN_MAHIR_##f, KR_JEN_PENYELIA_##f}

#endif
