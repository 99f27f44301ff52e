"""Loading libkarier and the one table that declares every public C function.

The table is the binding's contract with the C library: every exported
function appears here exactly once with its argument types, result type and
error check (a test fails when the library exports a symbol this table does
not declare).  Handles are opaque pointers (c_void_p); strings are UTF-8.
"""
import ctypes
import ctypes.util
import os
from ctypes import POINTER, c_char, c_char_p, c_int, c_int32, c_int64, c_size_t, c_void_p


class KarierError(Exception):
    """A libkarier call failed.  `code` is the negative karier_status, `message`
    the library's text naming the field and the value."""

    def __init__(self, code, message, function=None):
        super().__init__(f"{message} [{function or 'libkarier'}: {code}]")
        self.code = code
        self.message = message
        self.function = function


class LibraryNotFound(OSError):
    """libkarier could not be loaded; `tried` lists every place looked at."""

    def __init__(self, tried):
        lines = "\n".join(f"  {what}: {why}" for what, why in tried)
        super().__init__("libkarier not found; looked at:\n" + lines +
                         "\nset KARIER_LIBRARY to the path of libkarier.so")
        self.tried = tried


def _load():
    tried = []
    env = os.environ.get("KARIER_LIBRARY")
    candidates = []
    if env:
        candidates.append(("KARIER_LIBRARY", env))
    else:
        tried.append(("KARIER_LIBRARY", "not set"))
    try:  # written by `meson install`: where the library was installed beside this package
        from . import _installed
        candidates.append(("where meson installed it", _installed.LIBRARY))
    except ImportError:
        tried.append(("where meson installed it", "not installed by meson (no karier/_installed.py)"))
    here = os.path.dirname(os.path.abspath(__file__))
    for name in ("libkarier.so", "libkarier.so.0", "libkarier.dylib", "karier.dll"):
        candidates.append(("next to the package", os.path.join(here, name)))
    found = ctypes.util.find_library("karier")
    if found:
        candidates.append(("ctypes.util.find_library", found))
    else:
        tried.append(("ctypes.util.find_library('karier')", "found nothing"))
    for what, path in candidates:
        if what in ("next to the package", "where meson installed it") and not os.path.exists(path):
            tried.append((path, "no such file"))
            continue
        try:
            return ctypes.CDLL(path)
        except OSError as e:
            tried.append((f"{what} {path}", str(e)))
    raise LibraryNotFound(tried)


I32, I64, SZ, S, H = c_int32, c_int64, c_size_t, c_char_p, c_void_p
PI32, PI64, PS, PH, BUF = POINTER(c_int32), POINTER(c_int64), POINTER(c_char_p), POINTER(c_void_p), POINTER(c_char)

STATUS, VALUE, VOID = "status", "value", "void"

# name, result, arguments, kind.  STATUS functions return a karier_status checked
# by errcheck; VALUE functions return a value that is never an error; VOID nothing.
FUNCTIONS = [
    # common.h, version.h
    ("karier_strerror", S, [c_int], VALUE),
    ("karier_last_error", S, [], VALUE),
    ("karier_last_error_code", c_int, [], VALUE),
    ("karier_clear_error", None, [], VOID),
    ("karier_version_number", I32, [], VALUE),
    ("karier_version_string", S, [], VALUE),
    ("karier_abi_version", I32, [], VALUE),
    # date.h
    ("karier_date_parse", c_int, [PI32, S], STATUS),
    ("karier_date_parse_month", c_int, [PI32, S], STATUS),
    ("karier_date_make", c_int, [PI32, I32, I32, I32], STATUS),
    ("karier_date_is_valid", c_int, [I32], VALUE),
    ("karier_date_format", c_int, [BUF, SZ, I32], STATUS),
    ("karier_date_to_days", c_int, [PI32, I32], STATUS),
    ("karier_date_from_days", c_int, [PI32, I32], STATUS),
    ("karier_date_add", c_int, [PI32, I32, I32, I32, I32], STATUS),
    ("karier_date_diff", c_int, [PI32, PI32, PI32, I32, I32], STATUS),
    # codes.h
    ("karier_code_parse", c_int, [PI32, I32, S], STATUS),
    ("karier_code_name", S, [I32, I32], VALUE),
    ("karier_code_label", S, [I32, I32, I32], VALUE),
    ("karier_pendidikan_rank", I32, [I32], VALUE),
    ("karier_jenjang_jabatan", I32, [I32], VALUE),
    ("karier_hukuman_tingkat", I32, [I32], VALUE),
    ("karier_predikat_from_ratings", c_int, [PI32, I32, I32], STATUS),
    # nip.h
    ("karier_nip_parse", c_int, [BUF, PI32, PI32, PI32, PI32, S, H], STATUS),
    ("karier_nipppk_parse", c_int, [BUF, PI32, PI32, PI32, PI32, PI32, S, H], STATUS),
    # policy.h
    ("karier_policy_new_default", c_int, [PH], STATUS),
    ("karier_policy_copy", c_int, [PH, H], STATUS),
    ("karier_policy_free", None, [H], VOID),
    ("karier_policy_setting_count", I32, [], VALUE),
    ("karier_policy_setting_info", c_int, [PS, PI32, PS, PS, I32], STATUS),
    ("karier_policy_setting_find", c_int, [PI32, S], STATUS),
    ("karier_policy_get", c_int, [PI64, H, S], STATUS),
    ("karier_policy_set", c_int, [H, S, I64], STATUS),
    ("karier_policy_get_text", c_int, [BUF, SZ, H, S], STATUS),
    ("karier_policy_set_text", c_int, [H, S, S], STATUS),
    ("karier_policy_is_default", c_int, [H, S], STATUS),
    ("karier_policy_period_count", I32, [H], VALUE),
    ("karier_policy_period_get", c_int, [PI32, PI32, PS, H, I32], STATUS),
    ("karier_policy_period_set", c_int, [H, I32, I32], STATUS),
    ("karier_policy_period_remove", c_int, [H, I32], STATUS),
    ("karier_policy_period_next", c_int, [PI32, H, I32], STATUS),
    ("karier_policy_predikat_from_score", c_int, [PI32, H, I32, I32], STATUS),
    # position.h
    ("karier_position_new", c_int, [PH, S, S, I32, I32], STATUS),
    ("karier_position_copy", c_int, [PH, H], STATUS),
    ("karier_position_free", None, [H], VOID),
    ("karier_position_code", S, [H], VALUE),
    ("karier_position_name", S, [H], VALUE),
    ("karier_position_jabatan", I32, [H], VALUE),
    ("karier_position_jenjang", I32, [H], VALUE),
    ("karier_position_set_requirement", c_int, [H, I32, I64], STATUS),
    ("karier_position_add_pendidikan", c_int, [H, I32], STATUS),
    ("karier_position_accepts_pendidikan", I32, [H, I32], VALUE),
    ("karier_position_clear_requirement", c_int, [H, I32], STATUS),
    ("karier_position_requirement", c_int, [PI64, H, I32], STATUS),
    ("karier_position_set_standard", c_int, [H, S, I32], STATUS),
    ("karier_position_remove_standard", c_int, [H, S], STATUS),
    ("karier_position_standard_count", I32, [H], VALUE),
    ("karier_position_standard_get", c_int, [PS, PI32, H, I32], STATUS),
    # employee.h
    ("karier_employee_new", c_int, [PH, S, I32, H], STATUS),
    ("karier_employee_copy", c_int, [PH, H], STATUS),
    ("karier_employee_free", None, [H], VOID),
    ("karier_employee_set_nama", c_int, [H, S], STATUS),
    ("karier_employee_set_unit_kerja", c_int, [H, S], STATUS),
    ("karier_employee_set_status", c_int, [H, I32], STATUS),
    ("karier_employee_set_tanggal_lahir", c_int, [H, I32], STATUS),
    ("karier_employee_set_tmt_cpns", c_int, [H, I32], STATUS),
    ("karier_employee_set_pendidikan", c_int, [H, I32], STATUS),
    ("karier_employee_set_pendidikan_baru", c_int, [H, I32], STATUS),
    ("karier_employee_set_golongan", c_int, [H, I32, I32], STATUS),
    ("karier_employee_set_pppk_golongan", c_int, [H, I32, I32], STATUS),
    ("karier_employee_set_jabatan", c_int, [H, S, I32, I32, I32], STATUS),
    ("karier_employee_set_potensi", c_int, [H, I32], STATUS),
    ("karier_employee_set_angka_kredit", c_int, [H, I32], STATUS),
    ("karier_employee_set_ujian_dinas", c_int, [H, I32], STATUS),
    ("karier_employee_set_prestasi_luar_biasa", c_int, [H, I32], STATUS),
    ("karier_employee_set_ujian_penyesuaian", c_int, [H, I32], STATUS),
    ("karier_employee_nip", S, [H], VALUE),
    ("karier_employee_nama", S, [H], VALUE),
    ("karier_employee_unit_kerja", S, [H], VALUE),
    ("karier_employee_status", I32, [H], VALUE),
    ("karier_employee_tanggal_lahir", I32, [H], VALUE),
    ("karier_employee_tmt_cpns", I32, [H], VALUE),
    ("karier_employee_pendidikan", I32, [H], VALUE),
    ("karier_employee_pendidikan_baru", I32, [H], VALUE),
    ("karier_employee_golongan", I32, [H], VALUE),
    ("karier_employee_tmt_golongan", I32, [H], VALUE),
    ("karier_employee_jabatan_code", S, [H], VALUE),
    ("karier_employee_jabatan", I32, [H], VALUE),
    ("karier_employee_jenjang", I32, [H], VALUE),
    ("karier_employee_tmt_jabatan", I32, [H], VALUE),
    ("karier_employee_potensi", I32, [H], VALUE),
    ("karier_employee_angka_kredit", I32, [H], VALUE),
    ("karier_employee_ujian_dinas", I32, [H], VALUE),
    ("karier_employee_prestasi_luar_biasa", I32, [H], VALUE),
    ("karier_employee_ujian_penyesuaian", I32, [H], VALUE),
    ("karier_employee_set_kinerja", c_int, [H, I32, I32], STATUS),
    ("karier_employee_kinerja", I32, [H, I32], VALUE),
    ("karier_employee_kinerja_count", I32, [H], VALUE),
    ("karier_employee_kinerja_get", c_int, [PI32, PI32, H, I32], STATUS),
    ("karier_employee_set_kompetensi", c_int, [H, S, I32, I32], STATUS),
    ("karier_employee_kompetensi", I32, [H, S], VALUE),
    ("karier_employee_kompetensi_count", I32, [H], VALUE),
    ("karier_employee_kompetensi_get", c_int, [PS, PI32, PI32, H, I32], STATUS),
    ("karier_employee_add_pelatihan", c_int, [H, S, I32, I32, I32], STATUS),
    ("karier_employee_pelatihan_count", I32, [H], VALUE),
    ("karier_employee_pelatihan_get", c_int, [PS, PI32, PI32, PI32, H, I32], STATUS),
    ("karier_employee_add_disiplin", c_int, [H, I32, I32, I32], STATUS),
    ("karier_employee_disiplin_count", I32, [H], VALUE),
    ("karier_employee_disiplin_get", c_int, [PI32, PI32, PI32, H, I32], STATUS),
    ("karier_employee_disiplin_get_jenis", c_int, [PI32, H, I32], STATUS),
    ("karier_employee_add_hukuman", c_int, [H, I32, I32, I32], STATUS),
    ("karier_employee_add_riwayat_jabatan", c_int, [H, I32, I32, I32, I32], STATUS),
    ("karier_employee_riwayat_jabatan_count", I32, [H], VALUE),
    ("karier_employee_riwayat_jabatan_get", c_int, [PI32, PI32, PI32, PI32, H, I32], STATUS),
    # promotion.h
    ("karier_promotion_evaluate", c_int, [PH, H, H, H, I32], STATUS),
    ("karier_appointment_evaluate", c_int, [PH, H, H, H, I32, I32], STATUS),
    ("karier_retirement_date", c_int, [PI32, PI32, H, H, H], STATUS),
    ("karier_decision_free", None, [H], VOID),
    ("karier_decision_kind", I32, [H], VALUE),
    ("karier_decision_eligible", I32, [H], VALUE),
    ("karier_decision_jenis", I32, [H], VALUE),
    ("karier_decision_golongan_baru", I32, [H], VALUE),
    ("karier_decision_target", S, [H], VALUE),
    ("karier_decision_tanggal", I32, [H], VALUE),
    ("karier_decision_tanggal_paling_awal", I32, [H], VALUE),
    ("karier_decision_tanggal_pensiun", I32, [H], VALUE),
    ("karier_decision_setelah_pensiun", I32, [H], VALUE),
    ("karier_decision_option_count", I32, [H], VALUE),
    ("karier_decision_option_get", c_int, [PI32, PI32, PI32, PI32, H, I32], STATUS),
    ("karier_decision_check_count", I32, [H], VALUE),
    ("karier_decision_check_get", c_int, [PS, PI32, PI32, PI32, PS, H, I32], STATUS),
    ("karier_decision_check_asumsi", I32, [H, I32], VALUE),
    ("karier_decision_reason", I32, [H], VALUE),
    ("karier_check_code_count", I32, [], VALUE),
    ("karier_check_code_get", c_int, [PS, PS, PS, PS, PS, I32], STATUS),
    ("karier_decision_check_value", c_int, [PI32, PI64, H, I32, I32], STATUS),
    ("karier_decision_check_value_text", c_int, [BUF, SZ, H, I32, I32, I32], STATUS),
    ("karier_decision_check_message", c_int, [BUF, SZ, H, I32, I32], STATUS),
    ("karier_decision_reasons_text", c_int, [BUF, SZ, H, I32], STATUS),
    # merit.h
    ("karier_merit_evaluate", c_int, [PH, H, H, H, I32], STATUS),
    ("karier_merit_free", None, [H], VOID),
    ("karier_merit_score", I32, [H], VALUE),
    ("karier_merit_component_get", c_int, [PI32, PI32, PI32, PI32, H, I32], STATUS),
    ("karier_merit_component_explain", c_int, [BUF, SZ, H, I32, I32], STATUS),
    ("karier_merit_missing", I32, [H], VALUE),
    ("karier_merit_kinerja_axis", I32, [H], VALUE),
    ("karier_merit_potensi_axis", I32, [H], VALUE),
    ("karier_merit_potensi_score", I32, [H], VALUE),
    ("karier_merit_box", I32, [H], VALUE),
    ("karier_merit_talent_pool", I32, [H], VALUE),
    ("karier_talent_actions", S, [I32, I32, I32], VALUE),
    ("karier_merit_rank", c_int, [PI32, PI32, PI32, PI32, H, PH, I32, H, I32, I32], STATUS),
    ("karier_merit_shortlist", c_int, [PI32, PI32, PI32, PI32, H, PH, I32, H, I32, I32, I32, I32], STATUS),
    ("karier_merit_talent_pool_unmet", I32, [H], VALUE),
    ("karier_duk_rank", c_int, [PI32, PH, I32], STATUS),
    # training.h
    ("karier_catalog_new", c_int, [PH], STATUS),
    ("karier_catalog_copy", c_int, [PH, H], STATUS),
    ("karier_catalog_free", None, [H], VOID),
    ("karier_catalog_add", c_int, [H, S, S, S, I32, I32, I32, I64, I32], STATUS),
    ("karier_catalog_count", I32, [H], VALUE),
    ("karier_catalog_get", c_int, [PS, PS, PS, PI32, PI32, PI32, PI64, PI32, H, I32], STATUS),
    ("karier_catalog_find", c_int, [PI32, H, S], STATUS),
    ("karier_plan_new", c_int, [PH, H, H, H, H], STATUS),
    ("karier_plan_free", None, [H], VOID),
    ("karier_plan_jpm", I32, [H], VALUE),
    ("karier_plan_jpm_category", I32, [H], VALUE),
    ("karier_plan_jpm_category_name", S, [H], VALUE),
    ("karier_plan_gap_count", I32, [H], VALUE),
    ("karier_plan_gap_get", c_int, [PS, PI32, PI32, PI32, PI32, PI32, H, I32], STATUS),
    ("karier_plan_course_count", I32, [H], VALUE),
    ("karier_plan_course_get", c_int, [PI32, PI32, PS, PS, PI32, PI64, H, I32], STATUS),
    ("karier_plan_totals", c_int, [PI32, PI64, H], STATUS),
    ("karier_jp_ledger", c_int, [PI32, PI32, PI32, PI32, PI32, H, H, I32], STATUS),
    ("karier_allocate", c_int, [PH, H, PH, PH, I32, H, I64, I64, I32, I32], STATUS),
    ("karier_allocation_free", None, [H], VOID),
    ("karier_allocation_summary", c_int, [PI64, PI64, PI64, PI64, H], STATUS),
    ("karier_allocation_method", I32, [H], VALUE),
    ("karier_allocation_item_count", I32, [H], VALUE),
    ("karier_allocation_status_count", c_int, [PI32, H, I32], STATUS),
    ("karier_allocation_item_get", c_int, [PI32, PS, PI32, PI64, PI64, PI64, PI32, H, I32], STATUS),
    ("karier_allocation_item_course_count", I32, [H, I32], VALUE),
    ("karier_allocation_item_course", c_int, [PS, H, I32, I32], STATUS),
    # batch.h
    ("karier_batch_evaluate", c_int, [PH, H, PH, PH, I32, H, I32, I32, I32], STATUS),
    ("karier_batch_free", None, [H], VOID),
    ("karier_batch_count", I32, [H], VALUE),
    ("karier_batch_column", PI32, [H, I32], VALUE),
    ("karier_batch_plan_biaya", PI64, [H], VALUE),
    ("karier_batch_first_failure", S, [H, I32], VALUE),
    ("karier_batch_reason_message", c_int, [BUF, SZ, H, I32, I32], STATUS),
    ("karier_cohort_new", c_int, [PH], STATUS),
    ("karier_cohort_free", None, [H], VOID),
    ("karier_cohort_reserve", c_int, [H, I32, I64], STATUS),
    ("karier_cohort_add", c_int, [H, H, H], STATUS),
    ("karier_cohort_count", I32, [H], VALUE),
    ("karier_cohort_employee", H, [H, I32], VALUE),
    ("karier_cohort_find", c_int, [PI32, H, S], STATUS),
    ("karier_cohort_position", H, [H, I32], VALUE),
    ("karier_cohort_memory", I64, [H], VALUE),
    ("karier_cohort_evaluate", c_int, [PH, H, H, H, I32, I32, I32], STATUS),
    # audit.h
    ("karier_fisher_exact", c_int, [PI32, I64, I64, I64, I64], STATUS),
    ("karier_chi_square", c_int, [PI64, PI32, PI32, PI64, I32, I32], STATUS),
    ("karier_audit_new", c_int, [PH, H, I32], STATUS),
    ("karier_audit_free", None, [H], VOID),
    ("karier_audit_add_grouping", c_int, [H, S, PS], STATUS),
    ("karier_audit_add_builtin", c_int, [H, I32, PH, I32], STATUS),
    ("karier_audit_add_outcome", c_int, [H, S, PI32], STATUS),
    ("karier_audit_add_score", c_int, [H, S, PI32], STATUS),
    ("karier_audit_evaluate", c_int, [H], STATUS),
    ("karier_audit_comparison_count", I32, [H], VALUE),
    ("karier_audit_comparison_get", c_int, [PS, PS, PI32, PI32, PI32, PI64, PI32, PI64, PI32, PI32, PI32, PI32, H, I32],
     STATUS),
    ("karier_audit_group_get", c_int, [PS, PI64, PI64, PI32, PI32, PI32, PI32, PI32, PI32, PI32, H, I32, I32], STATUS),
    ("karier_audit_label", S, [H, I32, I32], VALUE),
    # rencana.h
    ("karier_jalur_name", S, [I32], VALUE),
    ("karier_jalur_parse", c_int, [PI32, S], STATUS),
    ("karier_jalur_between", c_int, [PI32, H, H, H], STATUS),
    ("karier_pola_new", c_int, [PH], STATUS),
    ("karier_pola_free", None, [H], VOID),
    ("karier_pola_add", c_int, [H, H, H, H, I32, I32], STATUS),
    ("karier_pola_add_default", c_int, [H, H, PH, I32], STATUS),
    ("karier_pola_count", I32, [H], VALUE),
    ("karier_pola_get", c_int, [PH, PH, PI32, PI32, H, I32], STATUS),
    ("karier_pola_set_kebutuhan", c_int, [H, H, I32], STATUS),
    ("karier_pola_kebutuhan", I32, [H, H], VALUE),
    ("karier_rencana_new", c_int, [PH, H, H, H, H, H, I32, I32], STATUS),
    ("karier_rencana_free", None, [H], VOID),
    ("karier_rencana_step_count", I32, [H], VALUE),
    ("karier_rencana_step_get", c_int, [PI32, PI32, PI32, PH, PI32, PI32, PI64, PI32, H, I32], STATUS),
    ("karier_rencana_step_decision", H, [H, I32], VALUE),
    ("karier_rencana_info", c_int, [PI32, PI32, PI32, PI32, PI32, H], STATUS),
    ("karier_rencana_to_json", c_int, [PH, H, H, I32, I32], STATUS),
    ("karier_rencana_org_new", c_int, [PH, H, PH, PH, I32, H, H, I32, I32, I64, I32], STATUS),
    ("karier_rencana_org_free", None, [H], VOID),
    ("karier_rencana_org_count", I32, [H], VALUE),
    ("karier_rencana_org_get", c_int, [PI32, PH, PI32, PI32, PI32, PI32, PI32, PI32, PI32, PI32, PI64, PI64, H, I32], STATUS),
    ("karier_rencana_org_successor_count", I32, [H, I32], VALUE),
    ("karier_rencana_org_successor_get", c_int, [PI32, PI32, PI32, PI32, PI64, PI64, H, I32, I32], STATUS),
    ("karier_dataset_pola", H, [H], VALUE),
    ("karier_dataset_pola_is_default", I32, [H], VALUE),
    # io.h
    ("karier_free_string", None, [c_void_p], VOID),
    ("karier_policy_to_json", c_int, [PH, H], STATUS),
    ("karier_policy_load_json", c_int, [H, S], STATUS),
    ("karier_policy_load_json_text", c_int, [H, S, S], STATUS),
    ("karier_positions_to_json", c_int, [PH, PH, I32], STATUS),
    ("karier_decision_to_json", c_int, [PH, H, H, I32, I32], STATUS),
    ("karier_json_quote", c_int, [BUF, SZ, S], STATUS),
    ("karier_merit_to_json", c_int, [PH, H, H], STATUS),
    ("karier_employee_from_json", c_int, [PH, S, H], STATUS),
    ("karier_plan_to_json", c_int, [PH, H, H, H], STATUS),
    ("karier_allocation_to_json", c_int, [PH, H, I64, I64], STATUS),
    ("karier_position_from_json", c_int, [PH, S], STATUS),
    ("karier_catalog_add_json", c_int, [H, S], STATUS),
    ("karier_catalog_to_json", c_int, [PH, H], STATUS),
    ("karier_catalog_load_json_text", c_int, [H, S, S], STATUS),
    ("karier_dataset_load", c_int, [PH, S, H, I32], STATUS),
    ("karier_dataset_load_columns", c_int, [PH, S, H, I32, PS, I32], STATUS),
    ("karier_dataset_employee_column", S, [H, I32, S], VALUE),
    ("karier_dataset_free", None, [H], VOID),
    ("karier_dataset_diagnostic_count", I32, [H], VALUE),
    ("karier_dataset_error_count", I32, [H], VALUE),
    ("karier_dataset_diagnostic_get", c_int, [PI32, PS, PI64, PI64, PS, PS, PS, H, I32], STATUS),
    ("karier_dataset_diagnostic_text", c_int, [PS, PS, H, I32, I32], STATUS),
    ("karier_dataset_employee_count", I32, [H], VALUE),
    ("karier_dataset_employee", H, [H, I32], VALUE),
    ("karier_dataset_cohort", H, [H], VALUE),
    ("karier_dataset_employee_find", c_int, [PI32, H, S], STATUS),
    ("karier_dataset_employee_position", H, [H, I32], VALUE),
    ("karier_dataset_position_count", I32, [H], VALUE),
    ("karier_dataset_position", H, [H, I32], VALUE),
    ("karier_dataset_position_find", H, [H, S], VALUE),
    ("karier_dataset_catalog", H, [H], VALUE),
    ("karier_dataset_has_file", I32, [H, S], VALUE),
    ("karier_dataset_file_name", S, [I32], VALUE),
    ("karier_dataset_skipped_rows", I64, [H, S], VALUE),
]

# Functions whose non-negative result is a length (snprintf rules), not KARIER_OK.
LENGTH_RESULT = {"karier_date_format", "karier_json_quote", "karier_policy_get_text", "karier_decision_check_value_text",
                 "karier_decision_check_message", "karier_merit_component_explain", "karier_batch_reason_message",
                 "karier_decision_reasons_text"}
# Statuses that carry a result rather than a failure.
SOFT_STATUS = {"karier_policy_is_default", "karier_dataset_load", "karier_dataset_load_columns"}

lib = _load()
called = set()  # names called at least once (the tests check every function is exercised)


class _Functions:
    pass


C = _Functions()


def _checker(name):
    def errcheck(result, func, args):
        if result < 0 and not (name in SOFT_STATUS and result == -9):
            err = lib.karier_last_error()
            raise KarierError(result, err.decode("utf-8", "replace") if err else "", name)
        return result
    return errcheck


_RANGE = {c_int32: (-2**31, 2**31 - 1), c_int64: (-2**63, 2**63 - 1)}


def _wrap(name, f, argtypes):
    # ctypes wraps an int that does not fit (a year of 2**32 + 2025 would become 2025): refuse it
    ranged = [(i, _RANGE[t]) for i, t in enumerate(argtypes) if t in _RANGE]

    def call(*args):
        called.add(name)
        for i, (lo, hi) in ranged:
            v = args[i]
            if isinstance(v, int) and not lo <= v <= hi:
                raise OverflowError(f"{name}: argument {i + 1}: {v} does not fit in {hi.bit_length() + 1} bits")
        return f(*args)
    call.__name__ = name
    return call


for _name, _res, _args, _kind in FUNCTIONS:
    _f = getattr(lib, _name)
    _f.restype = _res
    _f.argtypes = _args
    if _kind == STATUS:
        _f.errcheck = _checker(_name)
    setattr(C, _name, _wrap(_name, _f, _args))

DECLARED = {name for name, *_ in FUNCTIONS}
