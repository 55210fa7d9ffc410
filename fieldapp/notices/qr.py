"""The QR code a notice carries, encoded fast enough to print a thousand in a batch.

reportlab's encoder tries all eight mask patterns in pure Python (about 14 ms a code:
14 s for a 1 000-notice batch). Any mask is valid — the reader finds it in the format
bits — so this encoder uses one fixed mask and keeps the per-version work (function
patterns, where the data modules go) from reportlab's own encoder, built once per
version: what is left per code is the Reed–Solomon remainder and placing the bits.
Byte mode, error correction level M (15 %).
"""
from __future__ import annotations

import functools

from reportlab.graphics.barcode import qrencoder

LEVEL = qrencoder.QRErrorCorrectLevel.M
MASK = 0  # (row + column) even: a checkerboard over the data
BORDER = 4  # the quiet zone, in modules, each side

# GF(256) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1
_EXP = [0] * 512
_LOG = [0] * 256
_value = 1
for _power in range(255):
    _EXP[_power] = _value
    _LOG[_value] = _power
    _value <<= 1
    if _value & 0x100:
        _value ^= 0x11D
for _power in range(255, 512):
    _EXP[_power] = _EXP[_power - 255]


@functools.lru_cache(maxsize=None)
def _products(count: int) -> tuple[int, ...]:
    """For each byte f, the Reed–Solomon generator polynomial of `count` EC codewords
    (leading 1 left out) times f, its coefficients packed into one integer, so that a
    step of the division is a shift and an XOR."""
    poly = [1]
    for i in range(count):
        nxt = [0] * (len(poly) + 1)
        for j, coefficient in enumerate(poly):
            nxt[j] ^= coefficient
            if coefficient:
                nxt[j + 1] ^= _EXP[_LOG[coefficient] + i]
        poly = nxt
    logs = [_LOG[c] for c in poly[1:]]
    return tuple(0 if not f else int.from_bytes(bytes(_EXP[_LOG[f] + g] for g in logs), "big")
                 for f in range(256))


def _remainder(data: list[int], count: int) -> list[int]:
    """The `count` error-correction codewords of `data`."""
    products = _products(count)
    keep = (1 << 8 * count) - 1
    top = 8 * (count - 1)
    remainder = 0
    for byte in data:
        remainder = ((remainder << 8) & keep) ^ products[byte ^ (remainder >> top)]
    return list(remainder.to_bytes(count, "big"))


@functools.lru_cache(maxsize=None)
def _template(version: int):
    """(blocks as (data, total) counts, modules with the function patterns and format
    bits drawn and every data module at its mask's value, the data positions in
    placement order), from reportlab's encoder with an empty payload."""
    code = qrencoder.QRCode(version, LEVEL)
    code.addData(qrencoder.QR8bitByte(""))
    code.makeImpl(False, MASK)
    positions = code.dataPosIterator()
    mask = qrencoder.QRUtil.getMask(MASK)
    modules = [bytearray(map(bool, row)) for row in code.modules]
    for column, row in positions:
        modules[row][column] = 1 if mask(row, column) else 0
    blocks = tuple((b.dataCount, b.totalCount)
                   for b in qrencoder.QRRSBlock.getRSBlocks(version, LEVEL))
    return blocks, modules, tuple((row, column) for column, row in positions)


@functools.lru_cache(maxsize=None)
def _version_for(length: int) -> int:
    """The smallest version whose level-M capacity holds `length` bytes."""
    for version in range(1, 41):
        blocks = qrencoder.QRRSBlock.getRSBlocks(version, LEVEL)
        capacity = sum(b.dataCount for b in blocks) * 8
        if 4 + (8 if version < 10 else 16) + 8 * length <= capacity:
            return version
    raise ValueError("too long for a QR code")


def _codewords(payload: bytes, version: int, blocks) -> list[int]:
    """Mode, length, data, terminator and padding, cut into blocks with their EC
    codewords, interleaved as the symbol stores them."""
    length_bits = 8 if version < 10 else 16
    capacity = sum(data for data, _ in blocks)
    bits = (0b0100 << length_bits) | len(payload)
    count = 4 + length_bits
    value = int.from_bytes(payload, "big") if payload else 0
    bits = (bits << 8 * len(payload)) | value
    count += 8 * len(payload)
    terminator = min(4, capacity * 8 - count)
    bits <<= terminator
    count += terminator
    bits <<= -count % 8
    count += -count % 8
    stream = list(bits.to_bytes(count // 8, "big"))
    pads = (0xEC, 0x11)
    stream += [pads[i % 2] for i in range(capacity - len(stream))]
    data_blocks, ec_blocks, offset = [], [], 0
    for data, total in blocks:
        data_blocks.append(stream[offset:offset + data])
        ec_blocks.append(_remainder(data_blocks[-1], total - data))
        offset += data
    out = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(map(len, group))):
            out += [block[i] for block in group if i < len(block)]
    return out


@functools.lru_cache(maxsize=4096)
def modules(text: str) -> tuple[bytes, ...]:
    """The QR code of `text` (UTF-8, byte mode, level M) row by row, 1 for a dark
    module, without the quiet zone."""
    payload = text.encode("utf-8")
    version = _version_for(len(payload))
    blocks, template, positions = _template(version)
    grid = [bytearray(row) for row in template]
    codewords = _codewords(payload, version, blocks)
    bits = format(int.from_bytes(bytes(codewords), "big"), f"0{8 * len(codewords)}b")
    for (row, column), bit in zip(positions, bits):  # remainder bits stay at the mask
        if bit == "1":
            grid[row][column] ^= 1
    return tuple(bytes(row) for row in grid)


def pdf_operators(text: str, x: float, y: float, size: float) -> str:
    """PDF operators drawing `text`'s QR code `size` wide (quiet zone included) with its
    lower left corner at (x, y): one small 1-bit inline image, not interpolated, so the
    modules stay sharp at any zoom — a few hundred bytes where a rectangle per run of
    modules would be a few thousand (and near incompressible)."""
    grid = modules(text)
    count = len(grid)
    unit = size / (count + 2 * BORDER)
    side = unit * count
    hexed = "".join(_row_hex(row) for row in grid)
    return (f"q {side:.3f} 0 0 {side:.3f} {x + BORDER * unit:.3f} {y + BORDER * unit:.3f} cm"
            f" BI /W {count} /H {count} /BPC 1 /CS /G /I false /F /AHx ID {hexed}> EI Q")


_SAMPLES = bytes.maketrans(b"\x00\x01", b"10")  # a dark module is a black sample


def _row_hex(row: bytes) -> str:
    """A row of modules as 1-bit grey samples (1 = white), padded to whole bytes, in hex."""
    bits = row.translate(_SAMPLES) + b"1" * (-len(row) % 8)
    return f"{int(bits, 2):0{len(bits) // 4}x}"
