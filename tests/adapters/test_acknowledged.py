"""The safety note stays seen across restarts, and a damaged record shows it again."""

from posture_break.adapters.acknowledged import Acknowledgements


def test_what_was_seen_is_remembered_by_the_next_start(tmp_path):
    first = Acknowledgements(tmp_path / "data")
    assert not first.safety_note_seen()
    first.acknowledge_safety_note()
    assert Acknowledgements(tmp_path / "data").safety_note_seen()
    first.show_again()
    assert not Acknowledgements(tmp_path / "data").safety_note_seen()


def test_a_record_from_when_cautions_showed_once_keeps_the_safety_note_seen(tmp_path):
    record = tmp_path / "acknowledged.json"
    record.write_text('{"safety_note": true, "cautions": ["chin-tuck"]}')
    assert Acknowledgements(tmp_path).safety_note_seen()


def test_a_damaged_record_is_kept_aside_and_the_notes_show_again(tmp_path):
    record = tmp_path / "acknowledged.json"
    record.write_text("{not json")
    notes = Acknowledgements(tmp_path)
    assert not notes.safety_note_seen()
    assert (tmp_path / "acknowledged.json.corrupt").read_text() == "{not json"
    notes.acknowledge_safety_note()
    assert Acknowledgements(tmp_path).safety_note_seen()


def test_a_record_that_cannot_be_written_costs_nothing_but_the_memory(tmp_path):
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be")
    notes = Acknowledgements(blocked)
    notes.acknowledge_safety_note()  # logged, not raised
    assert notes.safety_note_seen()  # still true for this run
