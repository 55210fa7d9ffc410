import dataclasses

import pytest

from fieldapp.domain.records import Community, Tag
from fieldapp.domain.validation import ValidationFailed
from fieldapp.store import RecordGone, RecordRefused, StaleRecord, Store

from .conftest import make_household


def audit_count(store) -> int:
    return store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_a_new_household_gets_sync_fields_and_a_create_entry(store, household):
    assert household.rev == 1 and len(household.uuid) == 36
    assert household.created_at.endswith("Z") and len(household.created_at) == 24
    assert household.updated_by == "tester" and household.device_id == store.device_id
    stored = store.households.get(household.uuid)
    assert stored.account_no == "0330012345"  # leading zero kept
    [entry] = store.audit.history(household.uuid)
    assert entry.action == "create" and entry.rev == 1
    assert entry.changes["name"] == [None, "张三"]


def test_an_edit_raises_rev_and_logs_old_and_new(store, household):
    edited = store.households.save(dataclasses.replace(
        household, name="张三丰", tags=(Tag.ELDERLY_ALONE,)))
    assert edited.rev == 2
    assert store.households.get(household.uuid).name == "张三丰"
    latest = store.audit.history(household.uuid)[0]
    assert latest.action == "update" and latest.rev == 2
    assert latest.changes == {"name": ["张三", "张三丰"], "tags": ["", "elderly_alone"]}


def test_saving_without_changes_writes_nothing(store, household):
    before = audit_count(store)
    again = store.households.save(household)
    assert again.rev == 1 and audit_count(store) == before


def test_a_stale_edit_is_refused_and_loses_nothing(store, household):
    store.households.save(dataclasses.replace(household, name="李四"))  # another window
    with pytest.raises(StaleRecord, match="别处被修改"):
        store.households.save(dataclasses.replace(household, mobile="13900000000"))
    stored = store.households.get(household.uuid)
    assert (stored.name, stored.mobile, stored.rev) == ("李四", "13812345678", 2)


def test_two_connections_cannot_overwrite_each_other(db_path, household):
    with Store.open(db_path) as first, Store.open(db_path) as second:
        a = first.households.get(household.uuid)
        b = second.households.get(household.uuid)
        first.households.save(dataclasses.replace(a, name="甲"))
        with pytest.raises(StaleRecord):
            second.households.save(dataclasses.replace(b, name="乙"))
        assert second.households.get(household.uuid).name == "甲"


def test_invalid_input_writes_nothing(store, community):
    before = audit_count(store)
    with pytest.raises(ValidationFailed) as failed:
        store.households.save(make_household(community, id_number="110105194912310021"))
    assert "id_number" in failed.value.problems
    assert store.households.count() == 0 and audit_count(store) == before


def test_a_duplicate_account_number_is_refused_at_its_field(store, community, household):
    with pytest.raises(RecordRefused) as refused:
        store.households.save(make_household(community, name="李四"))
    assert refused.value.field == "account_no" and "张三" in str(refused.value)
    assert store.households.count() == 1


def test_delete_writes_a_tombstone_and_an_audit_entry(store, household):
    store.households.delete(household.uuid, household.rev)
    assert store.households.get(household.uuid) is None
    tomb = store.conn.execute("SELECT record_kind, rev, deleted_by FROM tombstones WHERE uuid=?",
                              (household.uuid,)).fetchone()
    assert tuple(tomb) == ("household", 2, "tester")
    latest = store.audit.history(household.uuid)[0]
    assert latest.action == "delete" and latest.changes["name"] == ["张三", None]
    assert store.households.search("张三") == []


def test_deleting_a_changed_or_deleted_record_is_refused(store, household):
    store.households.save(dataclasses.replace(household, name="李四"))
    with pytest.raises(StaleRecord):
        store.households.delete(household.uuid, household.rev)
    store.households.delete(household.uuid, 2)
    with pytest.raises(RecordGone):
        store.households.delete(household.uuid, 2)


def test_a_community_with_households_cannot_be_deleted(store, community, household):
    with pytest.raises(RecordRefused, match="还有 1 户"):
        store.communities.delete(community.uuid, community.rev)
    assert store.communities.get(community.uuid) is not None


def test_community_names_are_unique(store, community):
    with pytest.raises(RecordRefused) as refused:
        store.communities.save(Community(name="幸福花园"))
    assert refused.value.field == "name"


def test_community_listing_counts_households(store, community, household):
    [row] = store.communities.listing("幸福")
    assert row.households == 1 and row.community.name == "幸福花园"
    assert store.communities.listing("不存在的") == []


def test_a_failed_transaction_rolls_back_everything(store, community):
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.households.save(make_household(community))
            raise RuntimeError("power cut")
    assert store.households.count() == 0
    assert audit_count(store) == 1  # only the community's creation
