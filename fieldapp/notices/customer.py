"""The customer as every notice prints them: name, account number, masked mobile and
ID number, the address with its community — gathered once into a snapshot's facts, and
laid out as the same four-column table on every kind of notice."""
from __future__ import annotations

from fieldapp.domain.identifiers import mask_id_number, mask_mobile
from fieldapp.domain.messages import MESSAGES, msg
from fieldapp.notices.document import BODY_WIDTH, grid, paragraph, styles
from fieldapp.notices.layout import Grid

MESSAGES.update({
    "customer.name": ("户名", "Name"),
    "customer.account": ("户号", "Account no."),
    "customer.mobile": ("联系电话", "Mobile"),
    "customer.id_number": ("身份证号", "ID number"),
    "customer.address": ("用电地址", "Address"),
})

QUARTERS = [BODY_WIDTH * w for w in (0.17, 0.33, 0.17, 0.33)]


def customer_facts(store, household) -> dict:
    """The household as printed: identifiers masked, the address led by its community."""
    community = store.communities.get(household.community_uuid)
    address = household.display_address()
    if community is not None and community.name not in address:
        address = f"{community.name} {address}".strip()
    return {"name": household.name, "account_no": household.account_no,
            "mobile": mask_mobile(household.mobile),
            "id_number": mask_id_number(household.id_number), "address": address}


def cell(text: str, style: str = "cell"):
    """A table cell's text ("—" when there is none)."""
    return paragraph(text or "—", styles()[style])


def label(key: str, **fields):
    """A shaded label cell's text."""
    return paragraph(msg(key, **fields), styles()["label"])


def customer_grid(facts: dict) -> Grid:
    """Name and account, mobile and ID number, the address across the row."""
    return grid([[label("customer.name"), cell(facts["name"]),
                  label("customer.account"), cell(facts["account_no"])],
                 [label("customer.mobile"), cell(facts["mobile"]),
                  label("customer.id_number"), cell(facts["id_number"])],
                 [label("customer.address"), cell(facts["address"]), "", ""]],
                QUARTERS, label_columns=(0, 2), spans=[(1, 2, 3, 2)])


def pairs_grid(pairs: list[tuple[str, str]]) -> Grid:
    """(label key, value) pairs two to a row; an odd last pair spans the row."""
    rows, spans = [], []
    for start in range(0, len(pairs), 2):
        first, *second = pairs[start:start + 2]
        row = [label(first[0]), cell(first[1])]
        if second:
            row += [label(second[0][0]), cell(second[0][1])]
        else:
            row += ["", ""]
            spans.append((1, len(rows), 3, len(rows)))
        rows.append(row)
    return grid(rows, QUARTERS, label_columns=(0, 2), spans=spans)
