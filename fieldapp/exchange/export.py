"""Writing an exchange workbook: every declared sheet streamed row by row.

xlsxwriter in constant-memory mode writes each row to disk as it goes, so a table is
never copied into memory. Text is written as text (identifiers with the Text number
format, so a spreadsheet program keeps leading zeros and never turns an 18-digit ID into
3.30106E+17; formula-like text is a plain string and stays text). Dates are real dates
shown as yyyy-mm-dd; timestamps stay the exact UTC text they are stored as.
"""
from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldapp import __version__
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.exchange.schema import (
    FORMAT,
    FORMAT_VERSION,
    META_SHEET,
    SHEETS,
    TOMBSTONE_COLUMNS,
    TOMBSTONES,
    Column,
    ReferenceLabel,
    ValueType,
)
from fieldapp.store.clock import utc_now

LAST_EXPORT = "last_export_at"


MESSAGES.update({
    "export.no_folder": ("无法导出：文件夹 {folder} 不存在", "Cannot export: the folder {folder} "
                         "does not exist"),
    "export.read_only": ("无法导出：文件夹 {folder} 不可写入", "Cannot export: the folder "
                         "{folder} cannot be written"),
    "export.cannot_write": ("无法写入 {path}（{detail}）", "Cannot write {path} ({detail})"),
})


class ExportRefused(ValueError):
    """The workbook cannot be written where asked; nothing was written."""


class ExportCancelled(Exception):
    """The user cancelled; the partly written file was removed."""


@dataclass
class ExportResult:
    path: Path
    since: str
    exported_at: str
    rows: dict[str, int] = field(default_factory=dict)


def default_name(device_id: str, moment: dt.datetime | None = None) -> str:
    moment = (moment or dt.datetime.now()).astimezone()
    return f"fieldapp-{device_id}-{moment:%Y%m%d-%H%M%S}.xlsx"


def last_export(store) -> str:
    return store.meta(LAST_EXPORT) or ""


class _Writer:
    """Cell writing by declared type."""

    def __init__(self, workbook):
        self.header = workbook.add_format({"bold": True, "bg_color": "#E8EEF4",
                                           "border": 1, "border_color": "#B0BAC4"})
        self.text = workbook.add_format({"num_format": "@"})
        self.date = workbook.add_format({"num_format": "yyyy-mm-dd"})

    def sheet(self, workbook, name: str, columns: tuple[Column | ReferenceLabel, ...]):
        sheet = workbook.add_worksheet(name)
        for index, column in enumerate(columns):
            fmt = self.text if isinstance(column, ReferenceLabel) or column.type in (
                ValueType.IDENTIFIER, ValueType.TEXT, ValueType.TIMESTAMP) else None
            sheet.set_column(index, index, column.width, fmt)
            sheet.write_string(0, index, column.label, self.header)
        sheet.freeze_panes(1, 0)
        return sheet

    def row_writer(self, sheet, columns: tuple[Column | ReferenceLabel, ...]):
        """A function writing one row of values: each column's writer chosen once, not
        per cell (this loop is most of an export's time)."""
        text, date = self.text, self.date
        write_string, write_number = sheet.write_string, sheet.write_number

        def as_text(row, index, value):
            write_string(row, index, value if isinstance(value, str) else str(value), text)

        def as_number(row, index, value):
            if isinstance(value, (int, float)):
                write_number(row, index, value)
            else:
                as_text(row, index, value)

        def as_date(row, index, value):
            try:
                sheet.write_datetime(row, index, dt.date.fromisoformat(str(value)), date)
            except ValueError:
                as_text(row, index, value)

        def by_name(names: dict[str, str]):
            def as_name(row, index, value):
                write_string(row, index, names.get(value, value), text)
            return as_name

        chosen = {ValueType.INTEGER: as_number, ValueType.DECIMAL: as_number,
                  ValueType.DATE: as_date}
        writers = [(index, as_text if isinstance(column, ReferenceLabel)
                    else by_name({key: column.shown(key) for key in column.names})
                    if column.names else chosen.get(column.type, as_text))
                   for index, column in enumerate(columns)]

        def write(row: int, values) -> None:
            for index, writer in writers:
                value = values[index]
                if value is not None and value != "":
                    writer(row, index, value)
        return write


def export_workbook(store, out: str | os.PathLike, since: str = "",
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write every record changed after `since` ('' = everything) and every delete after
    it. `out` is a file, or a folder to put a file with the standard name in."""
    import xlsxwriter
    import xlsxwriter.exceptions

    out = Path(out)
    path = out / default_name(store.device_id) if out.is_dir() else out
    if not path.parent.is_dir():
        raise ExportRefused(msg("export.no_folder", folder=path.parent))
    if not os.access(path.parent, os.W_OK):
        raise ExportRefused(msg("export.read_only", folder=path.parent))
    exported_at = utc_now()
    # the stamp's millisecond over before the database is read: a change made after the
    # read is stamped later, so the next export (changes after this stamp) takes it
    while utc_now() == exported_at:
        time.sleep(0.0002)
    conn = store.conn
    total = sum(conn.execute(f"SELECT count(*) FROM {spec.table} WHERE updated_at > ?",
                             (since,)).fetchone()[0] for spec in SHEETS)
    done = 0
    result = ExportResult(path, since, exported_at)
    partial = path.with_name(path.name + ".part")
    workbook = xlsxwriter.Workbook(str(partial), {
        "constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
        "strings_to_urls": False, "use_zip64": True})
    try:
        writer = _Writer(workbook)
        meta = workbook.add_worksheet(META_SHEET)
        # one read transaction: every sheet sees the same moment of the database
        conn.execute("BEGIN")
        try:
            def write_sheet(name: str, columns: tuple[Column | ReferenceLabel, ...],
                            sql: str) -> int:
                nonlocal done
                write = writer.row_writer(writer.sheet(workbook, name, columns), columns)
                n = 0
                for n, values in enumerate(conn.execute(sql, (since,)), start=1):
                    write(n, values)
                    if n % 2000 == 0:
                        if cancelled and cancelled():
                            raise ExportCancelled()
                        if progress:
                            progress(done + n, total)
                done += n
                return n

            for spec in SHEETS:
                columns = spec.written_columns
                keys = ", ".join(c.sql if isinstance(c, ReferenceLabel) else f"t.{c.key}"
                                 for c in columns)
                result.rows[spec.sheet] = write_sheet(
                    spec.sheet, columns,
                    f"SELECT {keys} FROM {spec.table} t WHERE t.updated_at > ? ORDER BY t.id")
            keys = ", ".join(c.key for c in TOMBSTONE_COLUMNS)
            result.rows[TOMBSTONES] = write_sheet(
                TOMBSTONES, TOMBSTONE_COLUMNS,
                f"SELECT {keys} FROM tombstones WHERE deleted_at > ? ORDER BY deleted_at")
        finally:
            conn.execute("COMMIT")
        _write_meta(writer, meta, store, result)
        try:
            workbook.close()
            os.replace(partial, path)
        except (OSError, xlsxwriter.exceptions.FileCreateError) as error:
            raise ExportRefused(msg("export.cannot_write", path=path, detail=error)) from None
    except BaseException:
        try:
            workbook.close()
        except Exception:  # noqa: BLE001 - the original error matters, not this one
            pass
        partial.unlink(missing_ok=True)
        raise
    with store.transaction():
        store.set_meta(LAST_EXPORT, exported_at)
        for spec in SHEETS:  # what the other side now holds: the base for conflicts
            conn.execute(f"INSERT INTO exchange_seen (uuid, rev) SELECT uuid, rev FROM"
                         f" {spec.table} WHERE updated_at > ? AND updated_at <= ?"
                         " ON CONFLICT(uuid) DO UPDATE SET rev = excluded.rev",
                         (since, exported_at))
    if progress:
        progress(total, total)
    return result


def _write_meta(writer: _Writer, meta, store, result: ExportResult) -> None:
    rows = [("format", FORMAT), ("format_version", str(FORMAT_VERSION)),
            ("app_version", __version__), ("device_id", store.device_id),
            ("device_name", store.device_name),
            ("operator", store.operator), ("exported_at", result.exported_at),
            ("since", result.since)]
    rows += [(f"rows:{sheet}", str(n)) for sheet, n in result.rows.items()]
    meta.set_column(0, 0, 24, writer.text)
    meta.set_column(1, 1, 40, writer.text)
    meta.write_string(0, 0, "key", writer.header)
    meta.write_string(0, 1, "value", writer.header)
    for row, (key, value) in enumerate(rows, start=1):
        meta.write_string(row, 0, key, writer.text)
        meta.write_string(row, 1, value, writer.text)
