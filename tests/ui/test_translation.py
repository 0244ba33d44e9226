"""The app in German, loaded as it is at start; and the translation files: complete, in
step with the code, compiled from what is committed."""

import importlib
import os
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
)

import posture_break
from posture_break.adapters.autostart.xdg import XdgAutostart
from posture_break.adapters.busy_probe import IN_A_CALL
from posture_break.adapters.content import load_content
from posture_break.adapters.history_db import History
from posture_break.adapters.paths import AppPaths
from posture_break.core import i18n
from posture_break.core.coach import needs, safety_note
from posture_break.core.routine_loader import load_catalog
from posture_break.core.settings import Settings
from posture_break.core.settings_store import SettingsStore
from posture_break.core.settings_validation import validate
from posture_break.core.values import BreakKind, BreakOutcome, BreakRecord, Offer
from posture_break.ui.break_window import BreakWindow
from posture_break.ui.settings_dialog import Choices, SettingsDialog
from posture_break.ui.stats_window import StatsWindow
from posture_break.ui.translations import load_translations, loaded_language
from tests.helpers.stats_window_shots import summaries
from tests.ui.conftest import SHIPPED, MemoryNotes, read_shipped_picture

PROJECT = Path(__file__).resolve().parents[2]
UPDATE = PROJECT / "packaging" / "translations" / "update.sh"
TS_FILES = sorted((PROJECT / "packaging" / "translations").glob("posture_break_*.ts"))
QM_FOLDER = PROJECT / "resources" / "translations"
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.fixture
def german(qapp):
    """German as the app loads it at start (request it before anything that builds
    widgets); English again afterwards."""
    translators = load_translations(qapp, GERMANY)
    assert [t.language() for t in translators] == ["de_DE", "de_DE"]  # ours and Qt's
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.install(None)


def visible_actions(menu):
    return [action.text() for action in menu.actions() if action.isVisible()]


def test_the_tray_menu_and_its_status_line_are_german(german, shell_and_control):
    shell, _ = shell_and_control
    shell.tray.refresh()
    assert visible_actions(shell.menu.menu) == [
        "Kurzpause in 25 min",  # the planner's sentence, from the core
        "",
        "Übungsfolge &starten",
        "Erinnerungen &pausieren",
        "",
        "S&tatistik …",
        "Übungsf&olgen …",
        "&Einstellungen …",
        "Ü&ber Posture Break",
        "",
        "Been&den",
    ]
    assert shell.tray.icon.toolTip() == "Posture Break: Kurzpause gegen 14:25"
    assert visible_actions(shell.menu.routines_menu)[0] == "Posture reset (1 min)"
    shell.menu.pause_menu.actions()[1].trigger()  # Für 1 Stunde
    assert shell.menu.status_action.text() == "Erinnerungen pausiert bis 15:00"


def offered_window(qtbot, clock, offer):
    catalog, _ = load_catalog(SHIPPED)
    window = BreakWindow(
        catalog.routine("desk-neck"), clock, read_shipped_picture, MemoryNotes(), print, offer
    )
    qtbot.addWidget(window)
    return window


def buttons(page):
    return [button.text() for button in page.findChildren(QPushButton) if button.isVisibleTo(page)]


def test_the_break_window_is_german(german, qtbot, clock):
    window = offered_window(qtbot, clock, Offer("Zeit für eine Dehnpause", snooze_min=5))
    assert buttons(window.offer_page) == ["Überspringen", "In 5 Minuten", "Beginnen"]
    window.offer_page.start_button.click()
    assert buttons(window.play_page) == ["Zurück", "Anhalten", "Überspringen", "Ansagen", "Beenden"]
    assert window.play_page.step_label.text() == "Übung 1 von 3"
    assert window.play_page.caption.text() == "Gleich geht es los · aufrecht sitzen"


def test_with_german_loaded_the_exercises_are_german_too(german, qtbot, clock, tmp_path):
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "log", tmp_path / "run")
    catalog, problems = load_content(paths, loaded_language(german))  # as the app does
    assert problems == []
    offer = Offer("Zeit für eine Dehnpause", snooze_min=5)
    window = BreakWindow(
        catalog.routine("posture-reset"), clock, read_shipped_picture, MemoryNotes(), print, offer
    )
    qtbot.addWidget(window)
    assert window.windowTitle() == "Haltungsausgleich — Posture Break"
    window.offer_page.start_button.click()
    page = window.play_page
    assert page.exercise_name.text() == "Kinn zurückschieben"
    assert "Schieben Sie das Kinn waagerecht nach hinten" in page.steps.text()
    assert "Slide" not in page.steps.text()
    assert page.purpose.text() == "Bringt Ihren Kopf wieder über die Schultern."


def test_the_german_safety_note_says_not_to_exercise_a_fresh_injury(german):
    assert (
        "Nach einem kürzlichen Unfall oder einer Verletzung mit starken Schmerzen üben Sie "
        "bitte nicht, sondern lassen Sie das zuerst ärztlich oder physiotherapeutisch "
        "abklären." in safety_note()
    )


def test_what_an_exercise_needs_is_said_in_german(german):
    catalog, problems = load_catalog(SHIPPED, language="de")
    assert problems == []
    assert needs(catalog.exercise("wall-neck-side-bend")) == "Sie brauchen: eine Wand"


@pytest.mark.parametrize(
    ("minutes", "label", "tip"),
    [
        (1, "In 1 Minute", "In 1 Minute wieder erinnern"),
        (5, "In 5 Minuten", "In 5 Minuten wieder erinnern"),
    ],
)
def test_a_count_takes_the_german_plural_form(german, qtbot, clock, minutes, label, tip):
    window = offered_window(qtbot, clock, Offer("Zeit für eine Dehnpause", snooze_min=minutes))
    later = window.offer_page.findChildren(QPushButton)[1]
    assert (later.text(), later.toolTip()) == (label, tip)


@pytest.fixture
def settings_dialog(german, qtbot):
    choices = Choices(
        routines=(("desk-neck", "Desk neck release", 230.0),),
        exercises=(("chin-tuck", "Chin tuck"), ("wall-neck-side-bend", "Wall neck side bend")),
        micro_routine=("Posture reset", 70.0),
    )
    dialog = SettingsDialog(Settings(), choices, lambda s: None, None, print, print)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_settings_dialog_is_german_down_to_qts_own_buttons(settings_dialog):
    tabs = settings_dialog.findChild(QTabWidget)
    titles = [tabs.tabText(index) for index in range(tabs.count())]
    assert titles == ["&Pausen", "&Zeiten", "Pausen&fenster", "&Allgemein"]
    box = settings_dialog.findChild(QDialogButtonBox)
    assert sorted(button.text() for button in box.buttons()) == [
        "&Standardwerte wiederherstellen",
        "Schließen",  # Qt's translation
    ]
    texts = [label.text() for label in settings_dialog.findChildren(QLabel)]
    assert "Sie können eine Pause 3-mal hintereinander aufschieben, jeweils um 5 Minuten." in texts


def test_the_german_settings_pages_keep_their_mnemonics_apart_and_fit(settings_dialog, qtbot):
    tabs = settings_dialog.findChild(QTabWidget)
    box = settings_dialog.findChild(QDialogButtonBox)
    everywhere = [tabs.tabText(i) for i in range(tabs.count())] + [b.text() for b in box.buttons()]
    settings_dialog.resize(settings_dialog.sizeHint())  # at most LARGEST
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        labels = [label for label in page.findChildren(QLabel) if "&" in label.text()]
        texts = everywhere + [w.text() for w in (*labels, *page.findChildren(QAbstractButton))]
        letters = [found[1].lower() for text in texts if (found := re.search("&(.)", text))]
        assert len(letters) == len(set(letters)), sorted(letters)
        qtbot.waitUntil(lambda page=page: page.viewport().height() > 0)
        assert page.verticalScrollBar().maximum() == 0, tabs.tabText(index)


def test_statistics_use_german_numbers_and_day_names(german, qtbot):
    window = StatsWindow(lambda: summaries()["week"])
    qtbot.addWidget(window)
    window.show()
    assert window.streak.value.text() == "3 Tage"
    assert window.feel_text.text() == "Diese Woche: 7,5 von 10 (4 Einschätzungen)"
    assert "Mittwoch: 5 von 6 Pausen gemacht" in window.chart.accessibleDescription()


# -- What is wrong with the user's files, and with writing them ---------------------------


def test_a_bad_settings_value_is_explained_in_german(german):
    _, [problem] = validate({"breaks": {"stretch_every_min": "40"}})
    assert problem.message == (
        'Der Wert muss eine ganze Zahl von 10 bis 240 (Minuten) sein, ist aber "40". '
        "Schreiben Sie die Zahl ohne Anführungszeichen. Stattdessen gilt der Standardwert 55."
    )


def test_settings_that_could_not_be_saved_say_why_in_german(german, tmp_path, clock):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the settings folder should be")
    saved = SettingsStore(blocker / "posture-break", clock).save(Settings())
    assert saved.problem is not None
    assert saved.problem.message == (
        f"Ihre Einstellungen konnten nicht gespeichert werden. {blocker} ist eine Datei, "
        "sollte aber ein Ordner sein. Auf dem Datenträger wurde nichts geändert, und die neuen "
        "Werte gelten, bis Posture Break beendet wird."
    )


def test_a_routine_file_problem_is_explained_in_german(german, tmp_path):
    (tmp_path / "routines").mkdir()
    (tmp_path / "routines" / "mine.toml").write_text(
        'name = "Mine"\n[[step]]\nexercise = "chin-tuk"\n'
    )
    _, [problem] = load_catalog(SHIPPED, tmp_path)
    assert (problem.where, problem.message) == (
        "Schritt 1, exercise",
        'Es gibt keine Übung mit der ID "chin-tuk". Meinten Sie "chin-tuck"? '
        "Bis dies behoben ist, wird die Übungsfolge ausgelassen.",
    )


def test_start_at_login_says_in_german_why_it_could_not_be_turned_on(german, private_home):
    (private_home / ".config" / "autostart").write_text("a file where the folder should be")
    assert XdgAutostart(launch=["posture-break"]).enable() == (
        "„Beim Anmelden starten“ konnte nicht eingeschaltet werden. "
        "~/.config/autostart ist eine Datei, sollte aber ein Ordner sein."
    )


def test_a_break_history_that_cannot_be_saved_says_so_in_german(german, tmp_path, clock):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")
    told = []
    History(blocker / "history.sqlite3", told.append).record(
        BreakRecord(clock.now(), BreakKind.MICRO, BreakOutcome.SKIPPED)
    )
    assert told == [
        f"Ihr Pausenverlauf konnte nicht gespeichert werden. {blocker} ist eine Datei, sollte "
        "aber ein Ordner sein. Posture Break behält neue Pausen im Arbeitsspeicher und "
        "speichert sie, sobald es wieder geht."
    ]


# -- The files ---------------------------------------------------------------------------


def messages(ts: Path) -> dict[tuple[str, str, str, bool], ET.Element]:
    """Each message of a .ts file by (context, source, disambiguation, counted)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            key = (
                context.findtext("name"),
                message.findtext("source"),
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def placeholders(text: str) -> tuple[set[str], bool]:
    """The {names} that str.format fills, and whether Qt's %n is there."""
    names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    return names, "%n" in text


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_every_message_is_translated_and_keeps_its_placeholders(ts):
    for (context, source, _, counted), message in messages(ts).items():
        where = f"{context}: {source!r}"
        assert message.find("translation").get("type") is None, f"not finished: {where}"
        assert len(forms(message)) == (2 if counted else 1), where  # German: one, other
        for form in forms(message):
            assert form.strip(), f"empty: {where}"
            assert placeholders(form) == placeholders(source), f"{where} -> {form!r}"


@pytest.fixture(scope="module")
def updated(tmp_path_factory):
    """The .ts files as update.sh makes them from the code now, and their .qm files."""
    out = tmp_path_factory.mktemp("translations")
    env = {**os.environ, "PYSIDE6_BIN": str(Path(sys.executable).parent)}
    subprocess.run(["sh", str(UPDATE), str(out)], check=True, env=env, capture_output=True)
    return out


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_every_text_in_the_code_is_in_the_translation_and_no_other(ts, updated):
    """Fails when a text was added, changed or removed without update.sh: every
    visible text goes through tr(), and this keeps the translation in step with it."""
    assert set(messages(updated / ts.name)) == set(messages(ts))


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda path: path.stem)
def test_the_committed_qm_is_compiled_from_the_committed_ts(ts, updated):
    committed = QM_FOLDER / f"{ts.stem}.qm"
    assert committed.read_bytes() == (updated / committed.name).read_bytes()


def test_each_translation_context_is_named_as_the_variable_lupdate_reads():
    """lupdate takes the context of `Name.tr(...)` from the name; at run time it is the
    Context's own name, so the two must agree."""
    package = Path(posture_break.__file__).parent
    for path in sorted(package.rglob("*.py")):
        if path.name == "__main__.py":
            continue  # it runs the app
        module = importlib.import_module(
            ".".join(path.relative_to(package.parent).with_suffix("").parts)
        )
        for name, value in vars(module).items():
            if isinstance(value, i18n.Context):
                assert value.name == name, f"{path.name}: {name} = Context({value.name!r})"


def test_without_a_translation_counted_texts_are_english_in_both_forms():
    words = i18n.Context("Test")
    assert words.tr("%n minute(s)", None, 1) == "1 minute"
    assert words.tr("%n minute(s)", None, 5) == "5 minutes"
    assert words.tr("Waiting (s)") == "Waiting (s)"  # no count, nothing changed


def test_a_held_break_says_in_german_what_it_waits_for(german, shell_and_control, clock):
    _, control = shell_and_control
    planner = control.coordinator.planner
    clock.advance(minutes=25)  # the micro break is due, and someone is in a call
    planner.on_wakeup(30.0)  # the heads-up
    clock.advance(minutes=1)
    assert planner.on_wakeup(30.0, busy=lambda: IN_A_CALL) is None
    assert control.view().line == "Pause wartet: Anruf"
