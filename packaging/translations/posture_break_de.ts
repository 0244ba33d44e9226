<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../posture_break/ui/about.py" line="+18"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please note.</source>
        <translation>Bitte beachten Sie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short, guided stretch breaks for your neck and upper back, at moments that suit you.</source>
        <translation>Kurze, angeleitete Dehnpausen für Nacken und oberen Rücken – zu Zeitpunkten, die Ihnen passen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free software under the MIT licence.</source>
        <translation>Freie Software unter der MIT-Lizenz.</translation>
    </message>
</context>
<context>
    <name>AppMenu</name>
    <message>
        <location filename="../../posture_break/ui/app_menu.py" line="+30"/>
        <source>Reminders on</source>
        <translation>Erinnerungen an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start a routine</source>
        <translation>Übungsfolge &amp;starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pause reminders</source>
        <translation>Erinnerungen &amp;pausieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For 30 minutes</source>
        <translation>Für 30 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 2 hours</source>
        <translation>Für 2 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Resume reminders</source>
        <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistik …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;outines…</source>
        <translation>Übungsf&amp;olgen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About {app}</source>
        <translation>Ü&amp;ber {app}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Been&amp;den</translation>
    </message>
</context>
<context>
    <name>AppWords</name>
    <message>
        <location filename="../../posture_break/composition.py" line="+184"/>
        <source>The Routines window is open.</source>
        <translation>Das Fenster „Übungsfolgen“ ist geöffnet.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Your break history</source>
        <translation>Ihr Pausenverlauf</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run “{command}” to see them all.</source>
        <translation>Führen Sie „{command}“ aus, um alle zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of your settings were not used</source>
        <translation>Einige Ihrer Einstellungen wurden nicht übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of your routine files were not used</source>
        <translation>Einige Ihrer Übungsfolgen-Dateien wurden nicht übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of your settings and routine files were not used</source>
        <translation>Einige Ihrer Einstellungen und Übungsfolgen-Dateien wurden nicht übernommen</translation>
    </message>
</context>
<context>
    <name>AutostartWords</name>
    <message>
        <location filename="../../posture_break/adapters/autostart/__init__.py" line="+95"/>
        <source>&quot;Start at login&quot; could not be turned on.</source>
        <translation>„Beim Anmelden starten“ konnte nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Start at login&quot; could not be turned off.</source>
        <translation>„Beim Anmelden starten“ konnte nicht ausgeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../../posture_break/adapters/autostart/windows.py" line="+58"/>
        <source>{key}, value &quot;{name}&quot;</source>
        <extracomment>Where the start-at-login entry is on Windows: a registry key, and the name of the value in it</extracomment>
        <translation>{key}, Wert „{name}“</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../posture_break/ui/break_window.py" line="+105"/>
        <source>Before your first stretch</source>
        <translation>Vor Ihrer ersten Dehnübung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This note shows once. You can read it again in About.</source>
        <translation>Dieser Hinweis erscheint nur einmal. Sie finden ihn jederzeit wieder unter „Über“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close without stretching (Esc)</source>
        <translation>Ohne Dehnen schließen (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I understand, start</source>
        <translation>Verstanden, starten</translation>
    </message>
</context>
<context>
    <name>BreaksPage</name>
    <message>
        <location filename="../../posture_break/ui/breaks_page.py" line="+43"/>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <extracomment>The unit after a number of minutes in a spin box, with its space</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch break every, in minutes</source>
        <translation>Dehnpause alle, in Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch break &amp;every</source>
        <translation>Dehnpause all&amp;e</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Routines stretch breaks take turns with</source>
        <translation>Übungsfolgen, zwischen denen Dehnpausen wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stretch ro&amp;utines</source>
        <translation>Übungsfolgen für &amp;Dehnpausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;ake or change a routine…</source>
        <translation>Übungsfolge an&amp;legen oder ändern …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Micro break every</source>
        <translation>&amp;Kurzpause alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Micro break every, in minutes</source>
        <translation>Kurzpause alle, in Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Heads-up before a break</source>
        <translation>&amp;Vorankündigung vor einer Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <extracomment>The unit after a number of seconds in a spin box, with its space</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heads-up, seconds before a break</source>
        <translation>Vorankündigung, Sekunden vor einer Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snoozes in a row</source>
        <translation>Aufschübe in Folge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <extracomment>Snoozes in a row: none, a break cannot be put off</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozes in a r&amp;ow</source>
        <translation>Aufschübe in Fol&amp;ge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze length, in minutes</source>
        <translation>Dauer eines Aufschubs, in Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze length</source>
        <translation>Aufschub &amp;um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breaks may be s&amp;kipped</source>
        <translation>Pausen dürfen übe&amp;rsprungen werden</translation>
    </message>
</context>
<context>
    <name>BusyReasons</name>
    <message>
        <location filename="../../posture_break/adapters/busy_probe.py" line="+52"/>
        <source>full-screen app</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not disturb</source>
        <translation>„Nicht stören“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in a call</source>
        <translation>Anruf</translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <location filename="../../posture_break/ui/break_pages.py" line="+35"/>
        <source>How do your neck and upper back feel now?</source>
        <translation>Wie fühlen sich Nacken und oberer Rücken jetzt an?</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>stiff or sore</source>
        <translation>steif oder schmerzend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{score} of 10</source>
        <translation>{score} von 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} of 10, from 0 (stiff or sore) to 10 (good)</source>
        <translation>{score} von 10, von 0 (steif oder schmerzend) bis 10 (gut)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Noted: {score}. Thanks.</source>
        <translation>Notiert: {score}. Danke.</translation>
    </message>
</context>
<context>
    <name>ClosedHoursWords</name>
    <message>
        <location filename="../../posture_break/core/closed_hours.py" line="+64"/>
        <source>Outside your active hours: breaks from {time}</source>
        <translation>Außerhalb Ihrer aktiven Zeiten: Pausen ab {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside your active hours: breaks from tomorrow {time}</source>
        <translation>Außerhalb Ihrer aktiven Zeiten: Pausen ab morgen {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside your active hours: breaks from {day} {time}</source>
        <translation>Außerhalb Ihrer aktiven Zeiten: Pausen ab {day}, {time}</translation>
    </message>
</context>
<context>
    <name>CoachWords</name>
    <message>
        <location filename="../../posture_break/core/coach.py" line="+23"/>
        <source>The stretches in this app are for information and habit, not medical advice. A stretch should feel like a mild pull. Sharp pain means stop. After a recent accident or injury with severe pain, do not exercise: see a professional first. Pain that spreads into an arm, numbness, tingling or headaches are reasons to see a professional too.</source>
        <translation>Die Dehnübungen in dieser App dienen der Information und der Gewohnheitsbildung, sie ersetzen keine ärztliche Beratung. Eine Dehnung sollte sich wie ein leichtes Ziehen anfühlen. Hören Sie bei stechendem Schmerz sofort auf. Nach einem kürzlichen Unfall oder einer Verletzung mit starken Schmerzen üben Sie bitte nicht, sondern lassen Sie das zuerst ärztlich oder physiotherapeutisch abklären. Schmerzen, die in einen Arm ausstrahlen, Taubheitsgefühle, Kribbeln oder Kopfschmerzen sind ebenfalls ein Grund, das ärztlich oder physiotherapeutisch abklären zu lassen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You need: {things}</source>
        <extracomment>Before an exercise, what to have at hand: &quot;You need: a wall&quot;.</extracomment>
        <translation>Sie brauchen: {things}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your left side</source>
        <translation>Ihre linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your right side</source>
        <translation>Ihre rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>L</source>
        <extracomment>The letter on the exercise picture at the left side: Left.</extracomment>
        <translation>L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R</source>
        <extracomment>The letter on the exercise picture at the right side: Right.</extracomment>
        <translation>R</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>set {number} of {count}</source>
        <extracomment>Which set of an exercise comes or is under way, &quot;set 2 of 3&quot;.</extracomment>
        <translation>Satz {number} von {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get ready</source>
        <translation>Gleich geht es los</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: {exercise}</source>
        <translation>Als Nächstes: {exercise}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rest. Next: set {number} of {count}</source>
        <translation>Ausruhen. Dann Satz {number} von {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repetition {number} of {count}</source>
        <translation>Wdh. {number} von {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Switch sides: now your left side</source>
        <translation>Seite wechseln: jetzt die linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch sides: now your right side</source>
        <translation>Seite wechseln: jetzt die rechte Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch sides: now your other side</source>
        <translation>Seite wechseln: jetzt die andere Seite</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>stand up</source>
        <translation>aufstehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stand against a wall</source>
        <translation>an die Wand stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sit tall</source>
        <translation>aufrecht sitzen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercise {number} of {count}</source>
        <translation>Übung {number} von {count}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Well done. You finished {routine} in {time}.</source>
        <translation>Gut gemacht. Sie haben „{routine}“ in {time} abgeschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You reached the end of {routine} in {time}, skipping some of it.</source>
        <translation>Sie sind in {time} ans Ende von „{routine}“ gekommen und haben dabei einiges übersprungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You stopped early, after {time}. Every bit helps.</source>
        <translation>Sie haben nach {time} vorzeitig aufgehört. Auch das hilft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You stopped before the first exercise. Maybe next time.</source>
        <translation>Sie haben vor der ersten Übung aufgehört. Vielleicht beim nächsten Mal.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{exercise}: {sets} ({time})</source>
        <extracomment>One exercise on the finish page, &quot;Chin tuck: 1 set (25 s)&quot;.</extracomment>
        <translation>{exercise}: {sets} ({time})</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part of a set</source>
        <translation>ein angefangener Satz</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{done} of %n set(s)</source>
        <translation>
            <numerusform>{done} von %n Satz</numerusform>
            <numerusform>{done} von %n Sätzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left {sets}</source>
        <extracomment>The sets done on the left, &quot;left 3 sets&quot;.</extracomment>
        <translation>links {sets}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>right {sets}</source>
        <extracomment>The sets done on the right, &quot;right 1 of 3 sets&quot;.</extracomment>
        <translation>rechts {sets}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>ControlWords</name>
    <message>
        <location filename="../../posture_break/core/control.py" line="+132"/>
        <source>No routine could be loaded; run &apos;{command} check&apos;.</source>
        <translation>Es konnte keine Übungsfolge geladen werden; führen Sie „{command} check“ aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No routine called &apos;{id}&apos;. Routines: {names}.</source>
        <translation>Es gibt keine Übungsfolge „{id}“. Übungsfolgen: {names}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting {routine} ({length}).</source>
        <translation>{routine} ({length}) beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A routine is already playing; its window is in front.</source>
        <translation>Eine Übungsfolge läuft bereits; ihr Fenster ist jetzt im Vordergrund.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this {app} speaks another protocol version; restart it</source>
        <translation>dieses {app} spricht eine andere Protokollversion; starten Sie es neu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a routine is named by its id, such as desk-neck</source>
        <translation>eine Übungsfolge wird mit ihrer Kennung angegeben, etwa desk-neck</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings window is open.</source>
        <translation>Das Einstellungsfenster ist geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{app} is already running.</source>
        <translation>{app} läuft bereits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{app} is quitting.</source>
        <translation>{app} wird beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command {command}</source>
        <translation>unbekannter Befehl {command}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a pause lasts from 1 minute to 24 hours</source>
        <translation>Erinnerungen lassen sich für 1 Minute bis 24 Stunden pausieren</translation>
    </message>
</context>
<context>
    <name>CoordinatorWords</name>
    <message>
        <location filename="../../posture_break/core/coordinator.py" line="+224"/>
        <source>Micro break at about {time}</source>
        <translation>Kurzpause gegen {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch break at about {time}</source>
        <translation>Dehnpause gegen {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Micro break in %n minute(s)</source>
        <translation>
            <numerusform>Kurzpause in %n Minute</numerusform>
            <numerusform>Kurzpause in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stretch break in %n minute(s)</source>
        <translation>
            <numerusform>Dehnpause in %n Minute</numerusform>
            <numerusform>Dehnpause in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{routine}. Stand up, or get comfortable in your chair.</source>
        <translation>{routine}. Stehen Sie auf oder machen Sie es sich auf Ihrem Stuhl bequem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{routine}, {length}. Stand up, or get comfortable in your chair.</source>
        <extracomment>The routine&apos;s name and length, &quot;Desk neck release, 4 min&quot;.</extracomment>
        <translation>{routine}, {length}. Stehen Sie auf oder machen Sie es sich auf Ihrem Stuhl bequem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time for a micro break</source>
        <translation>Zeit für eine Kurzpause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time for a stretch break</source>
        <translation>Zeit für eine Dehnpause</translation>
    </message>
</context>
<context>
    <name>DayRow</name>
    <message>
        <location filename="../../posture_break/ui/timing_page.py" line="+34"/>
        <source>{day}, start</source>
        <translation>{day}, Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, end</source>
        <translation>{day}, Ende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to</source>
        <extracomment>Between a day&apos;s start and end time, &quot;08:00 to 18:00&quot;</extracomment>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ends before it starts</source>
        <translation>endet vor dem Beginn</translation>
    </message>
</context>
<context>
    <name>DiscardChanges</name>
    <message>
        <location filename="../../posture_break/ui/discard_changes.py" line="+14"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>ExerciseButtons</name>
    <message>
        <location filename="../../posture_break/ui/exercise_buttons.py" line="+62"/>
        <source>{name} (copy)</source>
        <extracomment>The name of a copy of a built-in exercise: &quot;Chin tuck (copy)&quot;</extracomment>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name}, yours</source>
        <extracomment>An exercise in the list to choose from: its name, and that it is the user&apos;s</extracomment>
        <translation>{name}, Ihre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Edit exercise</source>
        <translation>Übung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Exercise:</source>
        <translation>Ü&amp;bung:</translation>
    </message>
</context>
<context>
    <name>ExerciseEditor</name>
    <message>
        <location filename="../../posture_break/ui/exercise_editor.py" line="+73"/>
        <source>Edit exercise</source>
        <translation>Übung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>None yet: the break window shows the name in a frame.</source>
        <translation>Noch keines: Das Pausenfenster zeigt den Namen in einem Rahmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exercise loads as it is. Save makes it one to use.</source>
        <translation>Die Übung lässt sich so laden. Nach dem Speichern können Sie sie verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save keeps your file, comments and all, as a hidden .bak beside it.</source>
        <extracomment>Said while editing an exercise file the user wrote or changed by hand</extracomment>
        <translation>Beim Speichern bleibt Ihre eigene Datei samt Kommentaren daneben als versteckte .bak-Datei erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It cannot be saved until this is fixed: {problem}</source>
        <extracomment>Why Save is refused: the first problem the loader found, as check words it</extracomment>
        <translation>Sie kann erst gespeichert werden, wenn dies behoben ist: {problem}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Close the editor and lose your changes to this exercise?</source>
        <translation>Den Editor schließen und Ihre Änderungen an dieser Übung verwerfen?</translation>
    </message>
</context>
<context>
    <name>ExerciseFields</name>
    <message>
        <location filename="../../posture_break/ui/exercise_fields.py" line="+49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps, one per line</source>
        <translation>Schritte, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment, one per line</source>
        <translation>Ausrüstung, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tips, one per line</source>
        <translation>Tipps, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cautions, one per line</source>
        <translation>Vorsichtshinweise, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (like a chin tuck)</source>
        <translation>Keine (wie beim Kinn-Zurückschieben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left, then right</source>
        <translation>Links, dann rechts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both at once (like a row)</source>
        <translation>Beide zugleich (wie beim Rudern)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seated</source>
        <translation>Im Sitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing</source>
        <translation>Im Stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standing with your back to a wall</source>
        <translation>Im Stehen, mit dem Rücken zur Wand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hold still</source>
        <translation>Still ha&amp;lten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat a movement</source>
        <translation>Bewegung &amp;wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold, s</source>
        <translation>Halten, s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold, seconds</source>
        <translation>Halten, Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each, s</source>
        <translation>je, s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seconds each repetition takes</source>
        <translation>Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest, s</source>
        <translation>Ausruhen, s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rest between sets, seconds</source>
        <translation>Ausruhen zwischen Sätzen, Sekunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose &amp;picture…</source>
        <translation>&amp;Bild wählen …</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;teps, one per line</source>
        <translation>Schri&amp;tte, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;des</source>
        <translation>S&amp;eiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;osture</source>
        <translation>&amp;Haltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Equipment</source>
        <translation>A&amp;usrüstung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ips</source>
        <translation>T&amp;ipps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;autions</source>
        <translation>&amp;Vorsicht</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>ExercisePreview</name>
    <message>
        <location filename="../../posture_break/ui/exercise_preview.py" line="+44"/>
        <location line="+8"/>
        <source>Preview</source>
        <extracomment>The heading of the preview in the exercise editor, where a routine&apos;s name is</extracomment>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The preview shows the exercise once it would load.</source>
        <translation>Die Vorschau zeigt die Übung, sobald sie sich laden ließe.</translation>
    </message>
</context>
<context>
    <name>ExerciseSaveWords</name>
    <message>
        <location filename="../../posture_break/adapters/exercise_files.py" line="+49"/>
        <source>&quot;{name}&quot; cannot be read.</source>
        <extracomment>name is the file the user picked as an exercise&apos;s picture</extracomment>
        <translation>„{name}“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path} could not be saved.</source>
        <translation>{path} konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} already exists; give the exercise another name.</source>
        <translation>{path} gibt es schon; geben Sie der Übung einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>FeelChart</name>
    <message>
        <location filename="../../posture_break/ui/week_chart.py" line="+277"/>
        <source>Check-ins week by week</source>
        <translation>Einschätzungen Woche für Woche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Average check-in from 0 (stiff or sore) to 10 (good).</source>
        <translation>Durchschnittliche Einschätzung von 0 (steif oder schmerzend) bis 10 (gut).</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <location filename="../../posture_break/core/toml_fields.py" line="+76"/>
        <source>It is missing.</source>
        <translation>Der Eintrag fehlt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{app} does not know this key here, so it is ignored.</source>
        <translation>{app} kennt diesen Schlüssel an dieser Stelle nicht, daher wird er ignoriert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>text in quotes</source>
        <translation>Text in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is empty, but it needs some text.</source>
        <translation>Das Feld ist leer, braucht aber einen Text.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a list of texts, such as [&quot;...&quot;, &quot;...&quot;]</source>
        <translation>eine Liste von Texten wie [&quot;...&quot;, &quot;...&quot;]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It must hold only text in quotes, but entry {number} is {value}.</source>
        <extracomment>value is what the entry is: &quot;empty&quot;, 3, a list</extracomment>
        <translation>Die Liste darf nur Text in Anführungszeichen enthalten, Eintrag {number} ist aber {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is empty, but it needs at least one entry.</source>
        <translation>Die Liste ist leer, braucht aber mindestens einen Eintrag.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{first} or {last}</source>
        <extracomment>The end of a list of choices, &apos;&quot;none&quot;, &quot;left-and-right&quot; or &quot;both&quot;&apos;: first is &apos;&quot;none&quot;, &quot;left-and-right&quot;&apos;, last is &apos;&quot;both&quot;&apos;</extracomment>
        <translation>{first} oder {last}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the name of an SVG, PNG or JPEG picture file, such as &quot;{example}&quot;</source>
        <translation>der Name einer SVG-, PNG- oder JPEG-Bilddatei wie &quot;{example}&quot;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>It gives both hold_s and {key}. Use hold_s for a stretch you hold still, or reps and rep_s for a movement you repeat.</source>
        <translation>Hier stehen sowohl hold_s als auch {key}. Verwenden Sie hold_s für eine Dehnung, die Sie halten, oder reps und rep_s für eine Bewegung, die Sie wiederholen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>It gives rep_s but not reps, how many repetitions to do.</source>
        <translation>Hier steht rep_s, aber nicht reps, die Zahl der Wiederholungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It gives reps but not rep_s, the seconds each repetition takes.</source>
        <translation>Hier steht reps, aber nicht rep_s, die Sekunden je Wiederholung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It needs hold_s (seconds to hold) or reps and rep_s (how many, and seconds each).</source>
        <translation>Hier fehlt hold_s (Sekunden zum Halten) oder reps und rep_s (wie viele Wiederholungen und wie viele Sekunden je Wiederholung).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write it as {example}.</source>
        <extracomment>example is a line of the file, such as name = &quot;...&quot;</extracomment>
        <translation>Ergänzen Sie die Zeile {example}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty</source>
        <extracomment>What a text value is when it holds nothing or only spaces: &quot;but it is empty&quot;</extracomment>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../posture_break/ui/break_pages.py" line="+27"/>
        <source>What you did</source>
        <translation>Was Sie gemacht haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this helps</source>
        <translation>Warum das hilft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this window (Esc)</source>
        <translation>Dieses Fenster schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../posture_break/ui/settings_dialog.py" line="+62"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start at &amp;login</source>
        <translation>Beim Anmel&amp;den starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the safety &amp;note again</source>
        <translation>Sicherheits&amp;hinweis erneut zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note on stretching safely shows before your next routine.</source>
        <translation>Der Hinweis zum sicheren Dehnen erscheint vor Ihrer nächsten Übungsfolge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own routines, exercises and pictures go in this folder.</source>
        <translation>In diesen Ordner gehören Ihre eigenen Übungsfolgen, Übungen und Bilder.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{app} cannot start itself at login on this system. Add it to your desktop&apos;s startup applications instead.</source>
        <translation>{app} kann sich auf diesem System nicht selbst beim Anmelden starten. Fügen Sie es stattdessen den Autostart-Anwendungen Ihrer Arbeitsumgebung hinzu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its entry is kept in {place}.</source>
        <extracomment>Where the start-at-login entry is, a file or a registry value</extracomment>
        <translation>Der Eintrag dafür liegt in {place}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done: the safety note shows before your next routine.</source>
        <translation>Erledigt: Der Sicherheitshinweis erscheint vor Ihrer nächsten Übungsfolge.</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <location filename="../../posture_break/adapters/history_db.py" line="+143"/>
        <source>More than {count} breaks are waiting to be saved in your break history, so the oldest of them are no longer kept.</source>
        <translation>Mehr als {count} Pausen warten darauf, in Ihrem Pausenverlauf gespeichert zu werden, daher werden die ältesten davon nicht mehr aufbewahrt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{app} keeps new breaks in memory and saves them once it can.</source>
        <translation>{app} behält neue Pausen im Arbeitsspeicher und speichert sie, sobald es wieder geht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your break history is in use by another program.</source>
        <translation>Ihr Pausenverlauf wird gerade von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your break history could not be saved.</source>
        <translation>Ihr Pausenverlauf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Your break history {path} comes from a newer version of {app}, so this version shows it but records no new breaks in it. Update {app} to keep recording.</source>
        <translation>Ihr Pausenverlauf {path} stammt von einer neueren Version von {app}. Diese Version zeigt ihn an, trägt aber keine neuen Pausen darin ein. Aktualisieren Sie {app}, damit Ihre Pausen weiter aufgezeichnet werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your break history {path} is damaged and could not be moved aside.</source>
        <translation>Ihr Pausenverlauf {path} ist beschädigt und konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} keeps new breaks in memory.</source>
        <translation>{app} behält neue Pausen im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your break history was damaged and could not be read, so {app} started a new one. The damaged file is kept as {kept}.</source>
        <translation>Ihr Pausenverlauf war beschädigt und konnte nicht gelesen werden, daher hat {app} einen neuen begonnen. Die beschädigte Datei bleibt als {kept} erhalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your break history could not be read.</source>
        <translation>Ihr Pausenverlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../posture_break/adapters/history_trouble.py" line="+46"/>
        <source>Another program is using it.</source>
        <translation>Ein anderes Programm verwendet ihn gerade.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{app} is not allowed to use {path}.</source>
        <translation>{app} hat keine Berechtigung, {path} zu verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file {path} is damaged.</source>
        <translation>Die Datei {path} ist beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database reported an error: {error}.</source>
        <extracomment>error is SQLite&apos;s own description of what went wrong, in English</extracomment>
        <translation>Die Datenbank meldet einen Fehler: {error}.</translation>
    </message>
</context>
<context>
    <name>LibraryWords</name>
    <message>
        <location filename="../../posture_break/live_routines.py" line="+94"/>
        <source>{name} (copy)</source>
        <extracomment>The name of a copy of a routine: &quot;Desk neck release (copy)&quot;</extracomment>
        <translation>{name} (Kopie)</translation>
    </message>
</context>
<context>
    <name>Locale</name>
    <message>
        <location filename="../../posture_break/ui/translations.py" line="+100"/>
        <source>C</source>
        <extracomment>The locale of this translation (de_DE, fr_FR, ...), for day and month names</extracomment>
        <translation>de_DE</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../posture_break/ui/break_pages.py" line="-124"/>
        <source>Picture: {exercise}</source>
        <translation>Bild: {exercise}</translation>
    </message>
</context>
<context>
    <name>NoTrayWindow</name>
    <message>
        <location filename="../../posture_break/ui/no_tray_window.py" line="+34"/>
        <source>Reminder status</source>
        <translation>Erinnerungsstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your desktop has no system tray, so {app} has no icon to click. Use the buttons below, or type {command} in a terminal. If a tray appears later, the icon shows up in it by itself. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>Ihre Arbeitsumgebung hat keinen Infobereich, daher hat {app} kein Symbol zum Anklicken. Verwenden Sie die Schaltflächen unten oder geben Sie {command} in einem Terminal ein. Erscheint später ein Infobereich, zeigt sich das Symbol dort von selbst. (Unter GNOME fügt die Erweiterung AppIndicator einen Infobereich hinzu.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Right-click the icon for the same commands as a menu.</source>
        <translation>Mit einem Rechtsklick auf das Symbol erhalten Sie dieselben Befehle als Menü.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing this window keeps {app} running.</source>
        <translation>Wenn Sie dieses Fenster schließen, läuft {app} weiter.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{app} is running.</source>
        <translation>{app} läuft.</translation>
    </message>
</context>
<context>
    <name>OfferPage</name>
    <message>
        <location filename="../../posture_break/ui/offer_page.py" line="+41"/>
        <source>{routine}, {length}. {summary}</source>
        <translation>{routine}, {length}. {summary}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let this break go (Esc)</source>
        <translation>Diese Pause auslassen (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the routine (Enter)</source>
        <translation>Die Übungsfolge starten (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{exercise} (each side)</source>
        <extracomment>An exercise done on the left, then on the right.</extracomment>
        <translation>{exercise} (je Seite)</translation>
    </message>
</context>
<context>
    <name>OfferPageWords</name>
    <message numerus="yes">
        <location line="-31"/>
        <source>Remind me in %n minute(s) (Esc)</source>
        <translation>
            <numerusform>In %n Minute wieder erinnern (Esc)</numerusform>
            <numerusform>In %n Minuten wieder erinnern (Esc)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remind me in %n minute(s)</source>
        <translation>
            <numerusform>In %n Minute wieder erinnern</numerusform>
            <numerusform>In %n Minuten wieder erinnern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferWords</name>
    <message numerus="yes">
        <location filename="../../posture_break/core/values.py" line="+63"/>
        <source>In %n minute(s)</source>
        <extracomment>Puts the break off, on the reminder and in the break window: &quot;In 5 minutes&quot;.</extracomment>
        <translation>
            <numerusform>In %n Minute</numerusform>
            <numerusform>In %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseWords</name>
    <message>
        <location filename="../../posture_break/core/pause.py" line="+37"/>
        <source>Reminders on</source>
        <translation>Erinnerungen an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders paused until {time}</source>
        <translation>Erinnerungen pausiert bis {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders paused until tomorrow, {time}</source>
        <translation>Erinnerungen pausiert bis morgen, {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders paused until {day} {time}</source>
        <translation>Erinnerungen pausiert bis {day}, {time}</translation>
    </message>
</context>
<context>
    <name>PictureDialogWords</name>
    <message>
        <location filename="../../posture_break/ui/exercise_editor.py" line="-137"/>
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pictures (*.svg *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.svg *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PictureWords</name>
    <message>
        <location filename="../../posture_break/core/exercise_draft.py" line="+125"/>
        <source>&quot;{name}&quot; does not hold the {kind} picture its name says.</source>
        <extracomment>kind is SVG, PNG or JPEG</extracomment>
        <translation>„{name}“ enthält nicht das {kind}-Bild, das sein Name angibt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;{name}&quot; is not a picture the break window shows: pick an SVG drawing, or a PNG or JPEG image (.svg, .png, .jpg).</source>
        <extracomment>name is the file the user picked as an exercise&apos;s picture</extracomment>
        <translation>„{name}“ ist kein Bild, das das Pausenfenster zeigen kann: Wählen Sie eine SVG-Zeichnung oder ein PNG- oder JPEG-Bild (.svg, .png, .jpg).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;{name}&quot; is larger than {limit} MiB: too large for a picture.</source>
        <extracomment>limit is a number of mebibytes, such as 4</extracomment>
        <translation>„{name}“ ist größer als {limit} MiB: zu groß für ein Bild.</translation>
    </message>
</context>
<context>
    <name>PlannerWords</name>
    <message>
        <location filename="../../posture_break/core/status_line.py" line="+24"/>
        <source>You are away: that counts as a break</source>
        <translation>Sie sind abwesend: Das zählt als Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Break in progress</source>
        <translation>Pause läuft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting: {reason}</source>
        <extracomment>The reason is the busy probe&apos;s, such as &quot;full-screen app&quot;.</extracomment>
        <translation>Pause wartet: {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Micro break now</source>
        <translation>Kurzpause jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stretch break now</source>
        <translation>Dehnpause jetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro break in less than a minute</source>
        <translation>Kurzpause in weniger als einer Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch break in less than a minute</source>
        <translation>Dehnpause in weniger als einer Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Micro break in {minutes} min</source>
        <translation>Kurzpause in {minutes} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stretch break in {minutes} min</source>
        <translation>Dehnpause in {minutes} min</translation>
    </message>
</context>
<context>
    <name>PlayPage</name>
    <message>
        <location filename="../../posture_break/ui/play_page.py" line="+69"/>
        <source>Progress through the routine</source>
        <translation>Fortschritt der Übungsfolge</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back: start this step again (Left arrow)</source>
        <translation>Zurück: diesen Schritt neu beginnen (Pfeil nach links)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+120"/>
        <source>Pause (Space)</source>
        <translation>Anhalten (Leertaste)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip to the next step (Right arrow)</source>
        <translation>Weiter zum nächsten Schritt (Pfeil nach rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the routine (Esc)</source>
        <translation>Die Übungsfolge beenden (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voice</source>
        <translation>Ansagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Say each step out loud, for when you look away</source>
        <translation>Jeden Schritt laut ansagen, für wenn Sie nicht auf den Bildschirm schauen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Picture: {exercise}</source>
        <translation>Bild: {exercise}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume (Space)</source>
        <translation>Fortsetzen (Leertaste)</translation>
    </message>
</context>
<context>
    <name>PlaybackWords</name>
    <message>
        <location filename="../../posture_break/core/timeline.py" line="+139"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../posture_break/core/problems.py" line="+52"/>
        <source>line {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{error} at column {column}</source>
        <extracomment>What the TOML parser found wrong (its own English words), and where in the line</extracomment>
        <translation>{error} in Spalte {column}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{error} at the end of the file</source>
        <extracomment>What the TOML parser found wrong (its own English words)</extracomment>
        <translation>{error} am Ende der Datei</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Did you mean {name}?</source>
        <extracomment>name is a key, a [section] or a &quot;value&quot; as the user would write it in the file</extracomment>
        <translation>Meinten Sie {name}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The disk is full, or the file would be larger than the system allows.</source>
        <translation>Der Datenträger ist voll, oder die Datei wäre größer, als das System erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{app} is not allowed to read it.</source>
        <translation>{app} hat keine Berechtigung zum Lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{app} is not allowed to write in {folder}.</source>
        <translation>{app} hat keine Berechtigung, in {folder} zu schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} is on a read-only disk.</source>
        <translation>Der Ordner {folder} liegt auf einem schreibgeschützten Datenträger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a file where a folder should be.</source>
        <translation>{file} ist eine Datei, sollte aber ein Ordner sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system reported an error: {error}.</source>
        <extracomment>The system&apos;s own description of an error, such as &quot;Input/output error&quot;</extracomment>
        <translation>Das System meldet einen Fehler: {error}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is larger than {limit} MiB: far too large for a file of its kind.</source>
        <extracomment>limit is a number of mebibytes, such as 4</extracomment>
        <translation>{path} ist größer als {limit} MiB: viel zu groß für eine Datei dieser Art.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a named pipe, not a regular file.</source>
        <translation>{path} ist eine benannte Pipe, keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a socket, not a regular file.</source>
        <translation>{path} ist ein Socket, keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a device, not a regular file.</source>
        <translation>{path} ist ein Gerät, keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a symbolic link that leads round in a circle.</source>
        <translation>{path} ist eine symbolische Verknüpfung, die im Kreis führt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is no longer there, or it is a link to a file that does not exist.</source>
        <translation>{path} ist nicht mehr da, oder es ist eine Verknüpfung zu einer Datei, die es nicht gibt.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/toml_text.py" line="+31"/>
        <source>Its lists or tables are nested too deep to read</source>
        <extracomment>Why a file is not valid TOML: lists like [[[[…]]]] inside each other thousands deep</extracomment>
        <translation>Die Listen oder Tabellen darin sind zu tief ineinander verschachtelt, um sie zu lesen</translation>
    </message>
</context>
<context>
    <name>ReloadWords</name>
    <message numerus="yes">
        <location filename="../../posture_break/live_content.py" line="+55"/>
        <source>The menu lists %n routine(s) now.</source>
        <translation>
            <numerusform>Das Menü führt jetzt %n Übungsfolge auf.</numerusform>
            <numerusform>Das Menü führt jetzt %n Übungsfolgen auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Your files have %n problem(s): run &apos;{command}&apos; for the details.</source>
        <translation>
            <numerusform>Ihre Dateien haben %n Problem: Einzelheiten zeigt „{command}“.</numerusform>
            <numerusform>Ihre Dateien haben %n Probleme: Einzelheiten zeigt „{command}“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <location filename="../../posture_break/ui/routine_editor.py" line="+91"/>
        <source>Edit routine</source>
        <translation>Übungsfolge bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New routine</source>
        <translation>Neue Übungsfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a step, then choose its exercise and its dose here.</source>
        <translation>Fügen Sie einen Schritt hinzu, dann wählen Sie hier seine Übung und ihre Dauer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;move step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ne&amp;w exercise…</source>
        <translation>Neue Übun&amp;g …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;dit exercise…</source>
        <translation>Übung bearbe&amp;iten …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary</source>
        <translation>&amp;Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;teps (drag, or Alt+Up and Alt+Down, to reorder)</source>
        <translation>Sch&amp;ritte (zum Umordnen ziehen oder Alt+Pfeil hoch/runter drücken)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Length: {minutes} min {seconds} s</source>
        <extracomment>The routine&apos;s total length as it plays: &quot;Length: 4 min 10 s&quot;</extracomment>
        <translation>Dauer: {minutes} min {seconds} s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The routine loads as it is. Save puts it in the menu.</source>
        <translation>Die Übungsfolge lässt sich so laden. „Speichern“ nimmt sie ins Menü auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save keeps your file, comments and all, as a hidden .bak beside it.</source>
        <extracomment>Said while editing a routine file the user wrote or changed by hand</extracomment>
        <translation>Beim Speichern bleibt Ihre eigene Datei samt Kommentaren daneben als versteckte .bak-Datei erhalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It cannot be saved until this is fixed: {problem}</source>
        <extracomment>Why Save is refused: the first problem the loader found, as check words it, &quot;name: It is missing. ...&quot;</extracomment>
        <translation>Sie kann erst gespeichert werden, wenn dies behoben ist: {problem}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A routine needs at least one step: add one with Add step.</source>
        <translation>Eine Übungsfolge braucht mindestens einen Schritt: Fügen Sie einen mit „Schritt hinzufügen“ hinzu.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close the editor and lose your changes to this routine?</source>
        <translation>Den Editor schließen und Ihre Änderungen an dieser Übungsfolge verwerfen?</translation>
    </message>
</context>
<context>
    <name>RoutineFileWords</name>
    <message>
        <location filename="../../posture_break/core/content_files.py" line="+51"/>
        <source>This folder is missing, so nothing in it is read.</source>
        <translation>Dieser Ordner fehlt, daher wird nichts daraus gelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder cannot be read, so nothing in it is read.</source>
        <translation>Dieser Ordner kann nicht gelesen werden, daher wird nichts daraus geladen.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/routine_loader.py" line="+155"/>
        <source>It has no exercises folder, so no shipped exercises are available.</source>
        <translation>Hier fehlt der Ordner exercises, daher sind keine mitgelieferten Übungen verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has no routines folder, so no shipped routines are available.</source>
        <translation>Hier fehlt der Ordner routines, daher sind keine mitgelieferten Übungsfolgen verfügbar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This is a folder, so it is ignored: only .toml files are read here.</source>
        <translation>Dies ist ein Ordner und wird ignoriert: Hier werden nur .toml-Dateien gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a .toml file, so it is ignored: only .toml files are read here.</source>
        <translation>Dies ist keine .toml-Datei und wird ignoriert: Hier werden nur .toml-Dateien gelesen.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/content_files.py" line="+10"/>
        <source>Its name is not an id. Use only lower-case letters, digits, hyphens and underscores, such as my-stretch.toml.</source>
        <translation>Der Dateiname ist keine ID. Verwenden Sie nur Kleinbuchstaben, Ziffern, Bindestriche und Unterstriche, etwa my-stretch.toml.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is a folder where a file should be.</source>
        <translation>Dies ist ein Ordner, sollte aber eine Datei sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file cannot be read.</source>
        <translation>Diese Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file is not UTF-8 text. Save it as UTF-8.</source>
        <translation>Diese Datei ist kein UTF-8-Text. Speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This file is not valid TOML: {error}.</source>
        <extracomment>error is what the TOML parser found wrong, in its own English words</extracomment>
        <translation>Diese Datei ist kein gültiges TOML: {error}.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/routine_loader.py" line="+24"/>
        <source>The built-in translation is used until this is fixed.</source>
        <translation>Bis dies behoben ist, wird die mitgelieferte Übersetzung verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The English text is used until this is fixed.</source>
        <translation>Bis dies behoben ist, wird der englische Text verwendet.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/exercise_check.py" line="+67"/>
        <location filename="../../posture_break/core/routine_loader.py" line="+4"/>
        <source>The built-in exercise is used until this is fixed.</source>
        <translation>Bis dies behoben ist, wird die mitgelieferte Übung verwendet.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/draft_check.py" line="+49"/>
        <location filename="../../posture_break/core/routine_loader.py" line="+1"/>
        <source>The built-in routine is used until this is fixed.</source>
        <translation>Bis dies behoben ist, wird die mitgelieferte Übungsfolge verwendet.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/exercise_check.py" line="-1"/>
        <location filename="../../posture_break/core/routine_loader.py" line="+2"/>
        <source>The exercise is left out until this is fixed.</source>
        <translation>Bis dies behoben ist, wird die Übung ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/draft_check.py" line="-1"/>
        <location filename="../../posture_break/core/routine_loader.py" line="+1"/>
        <source>The routine is left out until this is fixed.</source>
        <translation>Bis dies behoben ist, wird die Übungsfolge ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/routine_loader.py" line="+7"/>
        <source>It belongs under [dose].</source>
        <translation>Dieser Schlüssel gehört unter [dose].</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>It names {picture}, which no illustrations folder holds, so the window shows the exercise&apos;s name in a frame instead.</source>
        <translation>Hier steht {picture}, doch kein illustrations-Ordner enthält dieses Bild, daher zeigt das Fenster stattdessen den Namen der Übung in einem Rahmen.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/content_fields.py" line="+36"/>
        <source>Add a [dose] section with sets and hold_s, or with sets, reps and rep_s.</source>
        <translation>Ergänzen Sie einen Abschnitt [dose] mit sets und hold_s oder mit sets, reps und rep_s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a section: a line [dose] and its keys</source>
        <translation>ein Abschnitt: eine Zeile [dose] mit ihren Schlüsseln darunter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It belongs above the [dose] line.</source>
        <translation>Dieser Schlüssel gehört über die Zeile [dose].</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a list of words with their seconds, such as {example}</source>
        <extracomment>example is a line of an exercise file: [[&quot;Back&quot;, 1], [&quot;Hold&quot;, 3]]</extracomment>
        <translation>eine Liste von Wörtern mit ihren Sekunden wie {example}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Each entry must be a word in quotes and its whole seconds, such as [&quot;Hold&quot;, 3], but entry {number} is {value}.</source>
        <translation>Jeder Eintrag muss ein Wort in Anführungszeichen mit seinen ganzen Sekunden sein, wie [&quot;Halten&quot;, 3], Eintrag {number} ist aber {value}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phases split one repetition, but [dose] gives hold_s. Leave them out, or give reps and rep_s.</source>
        <translation>Phasen teilen eine Wiederholung auf, aber unter [dose] steht hold_s. Lassen Sie sie weg, oder geben Sie reps und rep_s an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Their seconds add up to {total}, but [dose] rep_s is {rep_s}: they must be equal.</source>
        <translation>Ihre Sekunden ergeben zusammen {total}, aber rep_s unter [dose] ist {rep_s}: Beides muss gleich sein.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>List the exercises as [[step]] sections, each with exercise = &quot;...&quot;.</source>
        <translation>Führen Sie die Übungen als [[step]]-Abschnitte auf, jeweils mit exercise = &quot;...&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[[step]] sections, each with exercise = &quot;...&quot;</source>
        <translation>eine Folge von [[step]]-Abschnitten, jeweils mit exercise = &quot;...&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is empty.</source>
        <translation>Der Eintrag ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../posture_break/core/draft_check.py" line="+11"/>
        <source>step {number}</source>
        <extracomment>Where in a routine file a mistake is: step 2, hold_s</extracomment>
        <translation>Schritt {number}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name the exercise, such as exercise = &quot;chin-tuck&quot;.</source>
        <translation>Nennen Sie die Übung, etwa exercise = &quot;chin-tuck&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an exercise id in quotes, such as &quot;chin-tuck&quot;</source>
        <translation>eine Übungs-ID in Anführungszeichen wie &quot;chin-tuck&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It names &quot;{id}&quot;, whose file has problems of its own (listed with it).</source>
        <translation>Hier steht &quot;{id}&quot;, doch die Datei dieser Übung hat selbst Probleme (dort aufgeführt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../posture_break/core/routine_loader.py" line="+77"/>
        <source>There is no exercise with the id &quot;{id}&quot;.</source>
        <translation>Es gibt keine Übung mit der ID &quot;{id}&quot;.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/routine_loader.py" line="+2"/>
        <source>There is no routine with the id &quot;{id}&quot;.</source>
        <translation>Es gibt keine Übungsfolge mit der ID &quot;{id}&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A translation is named as the file it translates, so this one is ignored.</source>
        <translation>Eine Übersetzung heißt wie die Datei, die sie übersetzt; diese wird daher ignoriert.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/content_files.py" line="+7"/>
        <source>This is a file where a folder should be, so nothing in it is read.</source>
        <translation>Dies ist eine Datei, sollte aber ein Ordner sein, daher wird nichts daraus gelesen.</translation>
    </message>
</context>
<context>
    <name>RoutineSaveWords</name>
    <message>
        <location filename="../../posture_break/adapters/routine_files.py" line="+48"/>
        <source>{path} already exists; give the routine another name.</source>
        <translation>{path} gibt es schon; geben Sie der Übungsfolge einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{path} could not be deleted.</source>
        <translation>{path} konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{path} could not be saved.</source>
        <translation>{path} konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>RoutinesWindow</name>
    <message>
        <location filename="../../posture_break/ui/routines_window.py" line="+39"/>
        <source>Routines</source>
        <translation>Übungsfolgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routines, in menu order</source>
        <translation>Übungsfolgen, in der Reihenfolge des Menüs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Routines, in the order the menu lists them</source>
        <translation>&amp;Übungsfolgen, in der Reihenfolge, in der das Menü sie zeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try it</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w exercise…</source>
        <translation>Neue Übun&amp;g …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit exerci&amp;se…</source>
        <translation>Übung bearbei&amp;ten …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} ({length}), yours</source>
        <extracomment>A routine in the list: its name, its length, and whether it is the user&apos;s</extracomment>
        <translation>{name} ({length}), Ihre eigene</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A built-in routine: duplicate it to make one of your own.</source>
        <translation>Eine mitgelieferte Übungsfolge: Duplizieren Sie sie, um eine eigene daraus zu machen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saved. The tray menu lists it now.</source>
        <translation>Gespeichert. Das Menü im Infobereich zeigt sie jetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete the routine &quot;{name}&quot;? It leaves the menu; its file is kept as a hidden backup in your data folder.</source>
        <translation>Die Übungsfolge „{name}“ löschen? Sie verschwindet aus dem Menü; ihre Datei bleibt als verborgene Sicherungskopie in Ihrem Datenordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete routine</source>
        <translation>Übungsfolge löschen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Added. The tray menu lists it now.</source>
        <translation>Hinzugefügt. Das Menü im Infobereich zeigt sie jetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved. The routine editor offers the exercise now.</source>
        <translation>Gespeichert. Der Übungsfolgen-Editor bietet die Übung jetzt an.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../posture_break/ui/settings_dialog.py" line="+39"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{problem} ({page} page)</source>
        <extracomment>A problem on one of the pages, &quot;Monday ends before it starts (Timing page)&quot;</extracomment>
        <translation>{problem} (Seite „{page}“)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes are not applied until this is fixed: {problem}.</source>
        <translation>Nicht übernommen, bis dies behoben ist: {problem}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes take effect at once.</source>
        <translation>Änderungen gelten sofort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put every setting back to its default? This takes effect at once. Start at login stays as it is.</source>
        <translation>Alle Einstellungen auf ihre Standardwerte zurücksetzen? Das gilt sofort. „Beim Anmelden starten“ bleibt, wie es ist.</translation>
    </message>
</context>
<context>
    <name>SettingsFileWords</name>
    <message>
        <location filename="../../posture_break/core/setting_kinds.py" line="+75"/>
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>eine ganze Zahl von {minimum} bis {maximum}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number of minutes from {minimum} to {maximum}</source>
        <translation>eine ganze Zahl von {minimum} bis {maximum} (Minuten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a whole number of seconds from {minimum} to {maximum}</source>
        <translation>eine ganze Zahl von {minimum} bis {maximum} (Sekunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a whole percentage from {minimum} to {maximum}</source>
        <translation>eine ganze Zahl von {minimum} bis {maximum} (Prozent)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a whole number of sets from {minimum} to {maximum}</source>
        <translation>eine ganze Zahl von {minimum} bis {maximum} (Sätze)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a whole number of repetitions from {minimum} to {maximum}</source>
        <translation>eine ganze Zahl von {minimum} bis {maximum} (Wiederholungen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Write the number without quotes.</source>
        <translation>Schreiben Sie die Zahl ohne Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the number without the decimal point.</source>
        <translation>Schreiben Sie die Zahl ohne Dezimalpunkt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It must be {expected}, but it is {value}.</source>
        <extracomment>expected is what a value must be (&quot;true or false&quot;), value what the file holds</extracomment>
        <translation>Der Wert muss {expected} sein, ist aber {value}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>0 (off) or {number}</source>
        <extracomment>number is what else a value may be: &quot;a whole number of minutes from 5 to 120&quot;</extracomment>
        <translation>0 (aus) oder {number}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Write true or false without quotes.</source>
        <translation>Schreiben Sie true oder false ohne Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write true or false instead of a number.</source>
        <translation>Schreiben Sie true oder false statt einer Zahl.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Write it in brackets: {fixed}.</source>
        <extracomment>fixed is the value as it should be written: [&quot;desk-neck&quot;]</extracomment>
        <translation>Schreiben Sie den Wert in eckigen Klammern: {fixed}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>It is not a span of time such as &quot;08:00-18:00&quot;.</source>
        <translation>Der Wert ist keine Zeitspanne wie &quot;08:00-18:00&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds a time that does not exist.</source>
        <translation>Der Wert enthält eine Uhrzeit, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It ends before it starts.</source>
        <translation>Die Zeitspanne endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a span of the day such as &quot;08:00-18:00&quot;, or &quot;&quot; for no reminders that day</source>
        <translation>eine Zeitspanne des Tages wie &quot;08:00-18:00&quot; oder &quot;&quot; für keine Erinnerungen an diesem Tag</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/settings.py" line="+36"/>
        <source>a list of one or more routine ids in quotes, such as [&quot;desk-neck&quot;]</source>
        <translation>eine Liste mit einer oder mehreren IDs von Übungsfolgen in Anführungszeichen wie [&quot;desk-neck&quot;]</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>a list of exercise ids in quotes, such as [&quot;chin-tuck&quot;]</source>
        <translation>eine Liste von Übungs-IDs in Anführungszeichen wie [&quot;chin-tuck&quot;]</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/setting_kinds.py" line="+35"/>
        <source>a number {digits} digits long</source>
        <translation>eine Zahl mit {digits} Stellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an empty list</source>
        <translation>eine leere Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a date or time</source>
        <translation>ein Datum oder eine Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/settings_validation.py" line="+65"/>
        <source>It is {micro} minutes, not shorter than stretch_every_min ({stretch} minutes), so a micro break would never come. Micro breaks are off for now. Set it below {stretch} to have them, or to 0 to turn them off for good.</source>
        <translation>Der Wert ist {micro} Minuten und damit nicht kürzer als stretch_every_min ({stretch} Minuten), daher käme nie eine Kurzpause. Kurzpausen sind vorerst aus. Setzen Sie den Wert unter {stretch}, um sie zu bekommen, oder auf 0, um sie dauerhaft auszuschalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It is on, but no day has active hours, so no reminder would ever come. Active hours are off for now.</source>
        <translation>Der Schalter ist an, aber kein Tag hat aktive Zeiten, daher käme nie eine Erinnerung. Die aktiven Zeiten sind vorerst aus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a section, a line [{section}] followed by its settings</source>
        <translation>ein Abschnitt, also eine Zeile [{section}] mit seinen Einstellungen darunter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default is used for every setting in it.</source>
        <translation>Für alle Einstellungen darin gelten die Standardwerte.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>a whole number such as {version}</source>
        <translation>eine ganze Zahl wie {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is read as version 1.</source>
        <translation>Die Datei wird als Version 1 gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is {version}, so this file comes from a newer version of {app}. This one uses the settings it knows and will not save over the file, so nothing the newer version wrote is lost.</source>
        <translation>Der Wert ist {version}, die Datei stammt also von einer neueren Version von {app}. Diese Version verwendet die Einstellungen, die sie kennt, und speichert nicht über die Datei, damit nichts verloren geht, was die neuere Version geschrieben hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It is {version}, from an older version of {app}, and the file could not be updated ({error}). {app} uses the default for every setting.</source>
        <extracomment>error is the program&apos;s own description of what went wrong, in English</extracomment>
        <translation>Der Wert ist {version}, die Datei stammt von einer älteren Version von {app} und konnte nicht aktualisiert werden ({error}). {app} verwendet für alle Einstellungen die Standardwerte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The default, {default}, is used instead.</source>
        <extracomment>default is the value as it would be written in the file: 55, true, &quot;08:00-18:00&quot;</extracomment>
        <translation>Stattdessen gilt der Standardwert {default}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{app} does not know this setting, so it is ignored.</source>
        <translation>{app} kennt diese Einstellung nicht, daher wird sie ignoriert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{app} does not know this section, so all of it is ignored.</source>
        <translation>{app} kennt diesen Abschnitt nicht, daher wird er ganz ignoriert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Did you mean {key} in [{section}]?</source>
        <translation>Meinten Sie {key} in [{section}]?</translation>
    </message>
</context>
<context>
    <name>SettingsStoreWords</name>
    <message>
        <location filename="../../posture_break/core/settings_store.py" line="+106"/>
        <source>{app} uses the default for every setting and will not save over the file, as no copy of it could be kept.</source>
        <translation>{app} verwendet für alle Einstellungen die Standardwerte und speichert nicht über die Datei, da keine Kopie von ihr angelegt werden konnte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{app} uses the default for every setting and keeps a copy of the file at {copy}.</source>
        <translation>{app} verwendet für alle Einstellungen die Standardwerte und bewahrt eine Kopie der Datei unter {copy} auf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{app} uses the default for every setting and fills the file with every setting when it starts.</source>
        <translation>{app} verwendet für alle Einstellungen die Standardwerte und schreibt beim Start alle Einstellungen in die Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{app} uses the default for every setting and keeps a copy of the file when it starts.</source>
        <translation>{app} verwendet für alle Einstellungen die Standardwerte und legt beim Start eine Kopie der Datei an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The previous file is unchanged, and the new values stay in effect until {app} quits.</source>
        <translation>Die bisherige Datei ist unverändert, und die neuen Werte gelten, bis {app} beendet wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing on disk was changed, and the new values stay in effect until {app} quits.</source>
        <translation>Auf dem Datenträger wurde nichts geändert, und die neuen Werte gelten, bis {app} beendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your settings could not be saved.</source>
        <translation>Ihre Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The settings file {path} cannot be read.</source>
        <translation>Die Einstellungsdatei {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file is empty.</source>
        <translation>Die Einstellungsdatei ist leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings file is not a text file: it holds bytes that are not UTF-8.</source>
        <translation>Die Einstellungsdatei ist keine Textdatei, denn sie enthält Bytes, die kein UTF-8 sind.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The settings file is not valid TOML: {error}.</source>
        <extracomment>error is what the TOML parser found wrong, in its own English words</extracomment>
        <translation>Die Einstellungsdatei ist kein gültiges TOML: {error}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The settings file is from an older version of {app} and could not be updated.</source>
        <translation>Die Einstellungsdatei stammt von einer älteren Version von {app} und konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its settings are used all the same.</source>
        <translation>Die Einstellungen darin werden trotzdem verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{app} uses the default for every setting.</source>
        <translation>{app} verwendet für alle Einstellungen die Standardwerte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{app} uses the default for every setting and wrote them all into it: the file held nothing, so nothing is lost.</source>
        <translation>{app} verwendet für alle Einstellungen die Standardwerte und hat sie alle in die Datei geschrieben: Die Datei war leer, es geht also nichts verloren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app} could not write its settings file.</source>
        <translation>{app} konnte seine Einstellungsdatei nicht schreiben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The settings file comes from a newer version of {app}, and saving would lose what that version wrote.</source>
        <translation>Die Einstellungsdatei stammt von einer neueren Version von {app}; beim Speichern ginge verloren, was diese Version geschrieben hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings file cannot be read, and no copy of it could be kept.</source>
        <translation>Die Einstellungsdatei kann nicht gelesen werden, und es konnte keine Kopie von ihr angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is a folder, not a file, and {app} never replaces a folder.</source>
        <translation>{path} ist ein Ordner, keine Datei, und {app} ersetzt niemals einen Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The settings file cannot be read, so no copy of it could be kept.</source>
        <translation>Die Einstellungsdatei kann nicht gelesen werden, daher konnte keine Kopie von ihr angelegt werden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{app} uses the default for every setting and leaves everything on disk as it is.</source>
        <translation>{app} verwendet für alle Einstellungen die Standardwerte und lässt alles auf dem Datenträger, wie es ist.</translation>
    </message>
</context>
<context>
    <name>SettingsWords</name>
    <message numerus="yes">
        <location filename="../../posture_break/ui/settings_words.py" line="+22"/>
        <location line="+7"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <location line="+4"/>
        <location line="+46"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="-48"/>
        <source>{minutes} {seconds}</source>
        <extracomment>A duration, &quot;2 minutes 30 seconds&quot;</extracomment>
        <translation>{minutes} {seconds}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{first} and {last}</source>
        <extracomment>The end of a list of names, &quot;A, B and C&quot;: first is &quot;A, B&quot;, last is &quot;C&quot;</extracomment>
        <translation>{first} und {last}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>A stretch break every %n minute(s) of active work.</source>
        <translation>
            <numerusform>Eine Dehnpause je %n Minute aktiver Arbeit.</numerusform>
            <numerusform>Eine Dehnpause alle %n Minuten aktiver Arbeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A {length}-minute stretch every %n minute(s) of active work.</source>
        <translation>
            <numerusform>Eine Dehnpause ({length} min) je %n Minute aktiver Arbeit.</numerusform>
            <numerusform>Eine Dehnpause ({length} min) alle %n Minuten aktiver Arbeit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None of these is checked, so stretch breaks take turns with the usual routines.</source>
        <translation>Keine davon ist ausgewählt, daher wechseln Dehnpausen zwischen den üblichen Übungsfolgen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every stretch break is {routine}. At least one routine stays checked.</source>
        <translation>Jede Dehnpause besteht aus „{routine}“. Mindestens eine Übungsfolge muss ausgewählt bleiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stretch breaks take turns with {routines}.</source>
        <translation>Dehnpausen wechseln zwischen {routines}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Micro breaks are off.</source>
        <translation>Kurzpausen sind aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A {length}-minute {routine} every %n minute(s), unless a stretch break is due within {within}.</source>
        <extracomment>{routine} is the name of the micro break&apos;s routine, such as &quot;Posture reset&quot;</extracomment>
        <translation>
            <numerusform>{routine} ({length} min) je %n Minute, außer wenn innerhalb von {within} eine Dehnpause kommt.</numerusform>
            <numerusform>{routine} ({length} min) alle %n Minuten, außer wenn innerhalb von {within} eine Dehnpause kommt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>A micro break every %n minute(s), unless a stretch break is due within {within}.</source>
        <translation>
            <numerusform>Eine Kurzpause je %n Minute, außer wenn innerhalb von {within} eine Dehnpause kommt.</numerusform>
            <numerusform>Eine Kurzpause alle %n Minuten, außer wenn innerhalb von {within} eine Dehnpause kommt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Micro breaks come more often than stretch breaks, so this is the most.</source>
        <translation>Kurzpausen kommen öfter als Dehnpausen, daher ist dies der Höchstwert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No notification before a break: it simply comes.</source>
        <translation>Pausen beginnen ohne Vorankündigung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A notification {duration} before each break.</source>
        <translation>Eine Benachrichtigung {duration} vor jeder Pause.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Breaks cannot be put off.</source>
        <translation>Pausen lassen sich nicht aufschieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You can put a break off once, for %n minute(s).</source>
        <translation>
            <numerusform>Sie können eine Pause einmal um %n Minute aufschieben.</numerusform>
            <numerusform>Sie können eine Pause einmal um %n Minuten aufschieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>You can put a break off {limit} times in a row, %n minute(s) each time.</source>
        <translation>
            <numerusform>Sie können eine Pause {limit}-mal hintereinander aufschieben, jeweils um %n Minute.</numerusform>
            <numerusform>Sie können eine Pause {limit}-mal hintereinander aufschieben, jeweils um %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A break you do not want can be let go with Skip.</source>
        <translation>Eine Pause, die Sie nicht möchten, lassen Sie mit „Überspringen“ aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaks have no Skip: a break is taken, or put off while that is allowed.</source>
        <translation>Kein „Überspringen“: Eine Pause wird gemacht oder, solange erlaubt, aufgeschoben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After {duration} without keyboard or mouse input you count as away, and the counters stop.</source>
        <translation>Nach {duration} ohne Tastatur- oder Mauseingabe gelten Sie als abwesend; die Zähler stehen still.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time away as long as a break counts as that break, so none greets you on return.</source>
        <translation>Waren Sie so lange abwesend, wie eine Pause dauert, gilt das als Pause – bei Ihrer Rückkehr wartet dann keine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time away stops the counters, but never counts as a break.</source>
        <translation>Abwesenheit hält die Zähler an, zählt aber nie als Pause.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>While a full-screen app, do not disturb or a call is on, a due break waits, for at most %n minute(s).</source>
        <translation>
            <numerusform>Bei Vollbild, „Nicht stören“ oder einem Anruf wartet eine fällige Pause höchstens %n Minute.</numerusform>
            <numerusform>Bei Vollbild, „Nicht stören“ oder einem Anruf wartet eine fällige Pause höchstens %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A due break comes even during a full-screen app, do not disturb or a call.</source>
        <translation>Eine fällige Pause kommt auch bei Vollbild, „Nicht stören“ oder einem Anruf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders come at any hour of any day.</source>
        <translation>Erinnerungen kommen zu jeder Stunde an jedem Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No day is checked, so no reminder would ever come. Check a day, or turn this off.</source>
        <translation>Ohne ausgewählten Tag käme nie eine Erinnerung. Wählen Sie einen Tag oder schalten Sie dies aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reminders come only within these hours. An end of 00:00 means midnight.</source>
        <translation>Erinnerungen kommen nur zu diesen Zeiten. Ein Ende um 00:00 bedeutet Mitternacht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The break window makes no sound.</source>
        <translation>Das Pausenfenster bleibt stumm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft sounds mark each step of a routine, at {percent}% loudness.</source>
        <translation>Leise Töne markieren jeden Schritt einer Übungsfolge, mit {percent} % Lautstärke.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No other window can cover the break window.</source>
        <translation>Kein anderes Fenster kann das Pausenfenster verdecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other windows may cover the break window.</source>
        <translation>Andere Fenster können das Pausenfenster verdecken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A voice says each exercise and side, when to hold and switch, and counts the last seconds of a hold, for when your head is turned away. It speaks through spd-say or espeak-ng.</source>
        <translation>Eine Stimme sagt jede Übung und Seite an, wann Sie halten und wechseln, und zählt die letzten Sekunden des Haltens herunter, damit Sie auch mit abgewandtem Kopf folgen können. Sie spricht über spd-say oder espeak-ng.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No voice. The Voice button in the break window turns it on too.</source>
        <translation>Keine Ansagen. Die Schaltfläche „Ansagen“ im Pausenfenster schaltet sie ebenfalls ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Music and videos that are playing pause when a routine starts, and play on when its window closes.</source>
        <translation>Laufende Musik und Videos werden angehalten, wenn eine Übungsfolge beginnt, und laufen weiter, wenn ihr Fenster geschlossen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Music and videos play on during a routine.</source>
        <translation>Musik und Videos laufen während einer Übungsfolge weiter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check an exercise you cannot do at your desk, such as one that needs a wall, to leave it out of every routine.</source>
        <translation>Wählen Sie Übungen aus, die Sie am Schreibtisch nicht machen können (etwa mit Wand), um sie aus allen Übungsfolgen wegzulassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{exercises} is left out of every routine.</source>
        <translation>{exercises} wird in allen Übungsfolgen weggelassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{exercises} are left out of every routine.</source>
        <translation>{exercises} werden in allen Übungsfolgen weggelassen.</translation>
    </message>
</context>
<context>
    <name>ShareFileWords</name>
    <message>
        <location filename="../../posture_break/adapters/shared_routines.py" line="+45"/>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{path} already exists; name another file.</source>
        <translation>{path} gibt es schon; bitte nennen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be written.</source>
        <translation>{path} kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{path} appeared while it was being imported; nothing was added. Try again.</source>
        <translation>{path} ist während des Imports entstanden; es wurde nichts hinzugefügt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It could not be added to {folder}, so nothing was.</source>
        <translation>Sie konnte nicht zu {folder} hinzugefügt werden, daher wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ShareWords</name>
    <message>
        <location filename="../../posture_break/core/shared_export.py" line="+81"/>
        <source>The picture &quot;{name}&quot; cannot be read.</source>
        <translation>Das Bild &quot;{name}&quot; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no routine with the id &quot;{id}&quot;.</source>
        <translation>Es gibt keine Übungsfolge mit der ID &quot;{id}&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The routines are: {ids}.</source>
        <extracomment>ids is a list of routine ids, such as &quot;desk-neck, posture-reset&quot;</extracomment>
        <translation>Die Übungsfolgen sind: {ids}.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/shared_format.py" line="+112"/>
        <source>The file is damaged: {where}: {error}.</source>
        <extracomment>where is &quot;line 3&quot;; error is what the TOML parser found wrong, in English</extracomment>
        <translation>Die Datei ist beschädigt: {where}: {error}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is incomplete: its last line is missing, so part of it was lost.</source>
        <translation>Die Datei ist unvollständig: Ihre letzte Zeile fehlt, also ging ein Teil von ihr verloren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It holds the exercise &quot;{id}&quot; twice.</source>
        <translation>Sie enthält die Übung &quot;{id}&quot; zweimal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It holds the picture &quot;{name}&quot; twice.</source>
        <translation>Sie enthält das Bild &quot;{name}&quot; zweimal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a routine shared from {app}.</source>
        <translation>Dies ist keine aus {app} weitergegebene Übungsfolge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is larger than {limit} MiB: too large for a shared routine.</source>
        <extracomment>limit is a number of mebibytes, such as 16</extracomment>
        <translation>Die Datei ist größer als {limit} MiB: zu groß für eine weitergegebene Übungsfolge.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;{name}&quot; is not a plain file name, so it is not used as a picture&apos;s name.</source>
        <extracomment>name is what the file gives as a picture&apos;s file name</extracomment>
        <translation>&quot;{name}&quot; ist kein einfacher Dateiname und wird daher nicht als Name eines Bildes verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The picture &quot;{name}&quot; is of a kind {app} does not show: only SVG, PNG and JPEG.</source>
        <translation>Das Bild &quot;{name}&quot; ist von einer Art, die {app} nicht anzeigt: nur SVG, PNG und JPEG.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The picture &quot;{name}&quot; is larger than {limit} MiB: too large.</source>
        <extracomment>limit is a number of mebibytes, such as 4</extracomment>
        <translation>Das Bild &quot;{name}&quot; ist größer als {limit} MiB: zu groß.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The picture &quot;{name}&quot; is not the {kind} picture its name says.</source>
        <extracomment>kind is SVG, PNG or JPEG</extracomment>
        <translation>Das Bild &quot;{name}&quot; ist kein {kind}-Bild, wie sein Name sagt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The file is damaged: its lists and tables are nested far too deep.</source>
        <translation>Die Datei ist beschädigt: Ihre Listen und Tabellen sind viel zu tief ineinander verschachtelt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The picture &quot;{name}&quot; is damaged: its data is not base64.</source>
        <translation>Das Bild &quot;{name}&quot; ist beschädigt: Seine Daten sind kein Base64.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{id} is not an id: use only lower-case letters, digits, hyphens and underscores.</source>
        <extracomment>id is what the file gives as an id, such as &quot;../x&quot;</extracomment>
        <translation>{id} ist keine ID: Verwenden Sie nur Kleinbuchstaben, Ziffern, Bindestriche und Unterstriche.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The file is damaged: its {section} sections are not as {app} writes them.</source>
        <extracomment>section is how the file writes it: [routine], [[exercise]] or [[picture]]</extracomment>
        <translation>Die Datei ist beschädigt: Ihre {section}-Abschnitte sind nicht so, wie {app} sie schreibt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It was made by a newer {app} (format version {version}). Update {app} to import it.</source>
        <translation>Sie wurde mit einem neueren {app} erstellt (Formatversion {version}). Aktualisieren Sie {app}, um sie zu importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its format version is not one {app} knows.</source>
        <translation>Ihre Formatversion kennt {app} nicht.</translation>
    </message>
    <message>
        <location filename="../../posture_break/core/shared_import.py" line="+66"/>
        <source>You already have a routine with the id &quot;{id}&quot;, so this one is added as &quot;{new}&quot;.</source>
        <translation>Sie haben schon eine Übungsfolge mit der ID &quot;{id}&quot;, daher wird diese als &quot;{new}&quot; hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The routine &quot;{name}&quot; ({length}), %n step(s):</source>
        <extracomment>length is how long the routine takes, such as &quot;4 min&quot;</extracomment>
        <translation>
            <numerusform>Die Übungsfolge &quot;{name}&quot; ({length}), %n Schritt:</numerusform>
            <numerusform>Die Übungsfolge &quot;{name}&quot; ({length}), %n Schritte:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}. {exercise} (an exercise of its own)</source>
        <translation>{number}. {exercise} (eine eigene Übung)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pictures: {names}.</source>
        <extracomment>names is a list of file names with their sizes: &quot;a.svg (3 KiB), b.svg (5 KiB)&quot;</extracomment>
        <translation>Bilder: {names}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You already have an exercise with the id &quot;{id}&quot;, so this one is added as &quot;{new}&quot;.</source>
        <translation>Sie haben schon eine Übung mit der ID &quot;{id}&quot;, daher wird diese als &quot;{new}&quot; hinzugefügt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>You already have a picture named &quot;{name}&quot;, so this one is added as &quot;{new}&quot;.</source>
        <translation>Sie haben schon ein Bild namens &quot;{name}&quot;, daher wird dieses als &quot;{new}&quot; hinzugefügt.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Imported from {source}.</source>
        <extracomment>source is the file name of the shared routine, such as my-break.posture-break.toml</extracomment>
        <translation>Importiert aus {source}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>It does not load: {problems}</source>
        <translation>Sie lässt sich nicht laden: {problems}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It holds the exercise &quot;{id}&quot;, which its routine does not use.</source>
        <translation>Sie enthält die Übung &quot;{id}&quot;, die ihre Übungsfolge nicht verwendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It holds the picture &quot;{name}&quot;, which none of its exercises shows.</source>
        <translation>Sie enthält das Bild &quot;{name}&quot;, das keine ihrer Übungen zeigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the routine &quot;{id}&quot;</source>
        <translation>die Übungsfolge &quot;{id}&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the exercise &quot;{id}&quot;</source>
        <translation>die Übung &quot;{id}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the picture &quot;{name}&quot;</source>
        <translation>das Bild &quot;{name}&quot;</translation>
    </message>
</context>
<context>
    <name>SharingWords</name>
    <message>
        <location filename="../../posture_break/ui/routine_sharing.py" line="+33"/>
        <source>Shared routines (*{suffix});;All files (*)</source>
        <translation>Geteilte Übungsfolgen (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export routine</source>
        <translation>Übungsfolge exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+45"/>
        <source>Import routine</source>
        <translation>Übungsfolge importieren</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as {path}.</source>
        <extracomment>After Export…: where the routine was saved as one file</extracomment>
        <translation>Gespeichert als {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} holds:</source>
        <extracomment>The first line of what a shared file holds: &quot;my-break.posture-break.toml holds:&quot;</extracomment>
        <translation>{file} enthält:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add it</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../posture_break/ui/shell.py" line="+172"/>
        <source>{app} is already running. Its icon is in the tray.</source>
        <translation>{app} läuft bereits. Das Symbol ist im Infobereich.</translation>
    </message>
</context>
<context>
    <name>SpokenWords</name>
    <message>
        <location filename="../../posture_break/core/spoken_cues.py" line="+35"/>
        <source>en</source>
        <extracomment>The language code of this translation for the speech engine (spd-say -l, espeak-ng -v): &quot;de&quot; for German. Only the code, nothing else.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Begin</source>
        <extracomment>Said when a set of repetitions begins.</extracomment>
        <translation>Los</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rest</source>
        <translation>Ausruhen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One</source>
        <translation>Eins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Two</source>
        <translation>Zwei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Three</source>
        <translation>Drei</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../posture_break/ui/stats_window.py" line="+40"/>
        <source>Your first break will show up here, along with how you feel after it.</source>
        <translation>Ihre erste Pause erscheint hier, zusammen damit, wie Sie sich danach fühlen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window (Esc)</source>
        <translation>Dieses Fenster schließen (Esc)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No breaks yet</source>
        <translation>Noch keine Pausen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Breaks each day</source>
        <translation>Pausen pro Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How your neck and upper back feel, from 0 (stiff or sore) to 10 (good)</source>
        <translation>Wie sich Nacken und oberer Rücken anfühlen, von 0 (steif oder schmerzend) bis 10 (gut)</translation>
    </message>
</context>
<context>
    <name>StatsWords</name>
    <message numerus="yes">
        <location line="+14"/>
        <source>Each day gets a bar, and a day with %n stretch break(s) starts a streak.</source>
        <translation>
            <numerusform>Jeder Tag bekommt einen Balken, und ein Tag mit %n Dehnpause beginnt eine Serie.</numerusform>
            <numerusform>Jeder Tag bekommt einen Balken, und ein Tag mit %n Dehnpausen beginnt eine Serie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{title}: no breaks so far.</source>
        <translation>{title}: bisher keine Pausen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaks so far</source>
        <translation>Pausen bisher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{taken} of {due}</source>
        <translation>{taken} von {due}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breaks taken</source>
        <translation>Pausen gemacht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title}: {breaks}, {stretching}.</source>
        <extracomment>A tile&apos;s sentence for screen readers, &quot;Today: 4 of 6 breaks taken, 8 min of stretching.&quot;</extracomment>
        <translation>{title}: {breaks}, {stretching}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{minutes} min of stretching</source>
        <translation>{minutes} min gedehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under a minute of stretching</source>
        <translation>unter einer Minute gedehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no stretching yet</source>
        <translation>noch nicht gedehnt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 more stretch break today starts one</source>
        <translation>Mit 1 weiteren Dehnpause heute beginnt eine</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more stretch breaks today start one</source>
        <translation>
            <numerusform>Mit %n weiteren Dehnpause heute beginnt eine</numerusform>
            <numerusform>Mit %n weiteren Dehnpausen heute beginnt eine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 stretch break in a day starts one</source>
        <translation>1 Dehnpause an einem Tag beginnt eine</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stretch breaks in a day start one</source>
        <translation>
            <numerusform>%n Dehnpause an einem Tag beginnt eine</numerusform>
            <numerusform>%n Dehnpausen an einem Tag beginnen eine</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No streak yet: {rule}.</source>
        <translation>Noch keine Serie: {rule}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>at least %n stretch break(s) a day</source>
        <translation>
            <numerusform>mindestens %n Dehnpause am Tag</numerusform>
            <numerusform>mindestens %n Dehnpausen am Tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n-day streak: {rule}.</source>
        <translation>
            <numerusform>Serie von %n Tag: {rule}.</numerusform>
            <numerusform>Serie von %n Tagen: {rule}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 more today makes it {days} days</source>
        <translation>Mit 1 weiteren Dehnpause heute werden es {days} Tage</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more today make it {days} days</source>
        <translation>
            <numerusform>Mit %n weiteren Dehnpause heute werden es {days} Tage</numerusform>
            <numerusform>Mit %n weiteren Dehnpausen heute werden es {days} Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>After a stretch break you can say how your neck and upper back feel. Your answers show up here, week by week.</source>
        <translation>Nach einer Dehnpause können Sie angeben, wie sich Nacken und oberer Rücken anfühlen. Ihre Antworten erscheinen hier, Woche für Woche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../posture_break/ui/step_editor.py" line="+61"/>
        <source>Find an exercise</source>
        <translation>Übung suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to filter</source>
        <translation>Zum Filtern tippen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ets</source>
        <translation>S&amp;ätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hold, seconds</source>
        <translation>Hal&amp;ten, Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repetitions</source>
        <translation>&amp;Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds per re&amp;petition</source>
        <translation>Sekunden &amp;pro Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest &amp;between sets, seconds</source>
        <translation>A&amp;usruhen zwischen Sätzen, Sekunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xercise</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>as the exercise ({number})</source>
        <extracomment>A dose box&apos;s lowest value: the routine keeps the exercise&apos;s own number</extracomment>
        <translation>wie die Übung ({number})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{rest} s rest between sets</source>
        <translation>{rest} s ausruhen zwischen den Sätzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plays: {dose}</source>
        <extracomment>What a step of the routine plays, such as &quot;Plays: 2 sets of a 30 s hold&quot;</extracomment>
        <translation>Ablauf: {dose}</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message numerus="yes">
        <location line="-9"/>
        <source>%n set(s) of a {hold} s hold</source>
        <translation>
            <numerusform>%n Satz, {hold} s halten</numerusform>
            <numerusform>%n Sätze, je {hold} s halten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n set(s) of {reps} repetitions, {rep_s} s each</source>
        <translation>
            <numerusform>%n Satz mit {reps} Wiederholungen zu je {rep_s} s</numerusform>
            <numerusform>%n Sätze mit je {reps} Wiederholungen zu je {rep_s} s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimingPage</name>
    <message>
        <location filename="../../posture_break/ui/timing_page.py" line="+8"/>
        <source>&amp;Timing</source>
        <translation>&amp;Zeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count me as away after, in seconds</source>
        <translation>Als abwesend gelten nach, in Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count me as &amp;away after</source>
        <translation>Als a&amp;bwesend gelten nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time away &amp;counts as a break</source>
        <translation>Abwesenheit zählt als Pa&amp;use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wa&amp;it while I am busy, at most</source>
        <translation>&amp;Warten, solange Sie beschäftigt sind, höchstens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait while busy, at most, in minutes</source>
        <translation>Warten, solange beschäftigt, höchstens, in Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only during active &amp;hours</source>
        <translation>Nur in den a&amp;ktiven Zeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Monday</source>
        <translation>&amp;Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tu&amp;esday</source>
        <translation>&amp;Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We&amp;dnesday</source>
        <translation>Mi&amp;ttwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thur&amp;sday</source>
        <translation>D&amp;onnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Friday</source>
        <translation>Fre&amp;itag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturda&amp;y</source>
        <translation>Samsta&amp;g</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;nday</source>
        <translation>So&amp;nntag</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>active hours are on, but no day is checked</source>
        <translation>aktive Zeiten sind an, aber kein Tag ist ausgewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} ends before it starts</source>
        <translation>{day} endet vor dem Beginn</translation>
    </message>
</context>
<context>
    <name>TranslationWords</name>
    <message>
        <location filename="../../posture_break/core/translated_texts.py" line="+53"/>
        <source>It stays in the English file: a translation holds only texts.</source>
        <translation>Dieser Schlüssel gehört in die englische Datei: Eine Übersetzung enthält nur Texte.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>It gives {given} words, but the English file has {count} phases: one word for each, in order.</source>
        <translation>Hier stehen {given} Wörter, aber die englische Datei hat {count} Phasen: ein Wort für jede, in derselben Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../posture_break/ui/week_chart.py" line="-150"/>
        <source>Breaks each day, last 7 days</source>
        <translation>Pausen pro Tag, letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+78"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>goal {count}</source>
        <extracomment>Beside the dashed line of the daily goal, &quot;goal 3&quot;.</extracomment>
        <translation>Ziel {count}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{taken} of {due}</source>
        <translation>{taken} von {due}</translation>
    </message>
</context>
<context>
    <name>WeekChartWords</name>
    <message numerus="yes">
        <location line="-174"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>{taken} von %n Pause gemacht</numerusform>
            <numerusform>{taken} von %n Pausen gemacht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>d MMM</source>
        <extracomment>A week&apos;s Monday under the chart, a QDate format: d the day, MMM the month&apos;s short name</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Week of {date}</source>
        <translation>Woche vom {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{when}: {average} of 10 (%n check-in(s))</source>
        <extracomment>How a week&apos;s check-ins went, &quot;This week: 6.5 of 10 (4 check-ins)&quot;.</extracomment>
        <translation>
            <numerusform>{when}: {average} von 10 (%n Einschätzung)</numerusform>
            <numerusform>{when}: {average} von 10 (%n Einschätzungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no breaks</source>
        <translation>keine Pausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} with stretching</source>
        <translation>{count} mit Dehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} away from the desk</source>
        <translation>{count} nicht am Schreibtisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} skipped</source>
        <translation>{count} übersprungen</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>The goal is %n stretch break(s) a day.</source>
        <translation>
            <numerusform>Das Ziel ist %n Dehnpause am Tag.</numerusform>
            <numerusform>Das Ziel sind %n Dehnpausen am Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>goal: %n stretch break(s) a day</source>
        <translation>
            <numerusform>Ziel: %n Dehnpause am Tag</numerusform>
            <numerusform>Ziel: %n Dehnpausen am Tag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekLegend</name>
    <message>
        <location line="-12"/>
        <source>with stretching</source>
        <translation>mit Dehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>away from the desk</source>
        <translation>nicht am Schreibtisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <location filename="../../posture_break/core/i18n.py" line="+85"/>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
</context>
<context>
    <name>WindowPage</name>
    <message>
        <location filename="../../posture_break/ui/window_page.py" line="+29"/>
        <source>Break &amp;window</source>
        <translation>Pausen&amp;fenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sound cues volume</source>
        <translation>Lautstärke der Signaltöne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Sound cues</source>
        <translation>Si&amp;gnaltöne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the break window &amp;above other windows</source>
        <translation>Pausenfenster im &amp;Vordergrund halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Voice: say each step out loud</source>
        <translation>Jeden Schritt laut a&amp;nsagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause music and videos during a routine</source>
        <translation>Musik und Videos an&amp;halten, solange eine Übungsfolge läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercises to leave out</source>
        <translation>Wegzulassende Übungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercises to &amp;leave out</source>
        <translation>Übungen &amp;weglassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{percent}%</source>
        <extracomment>The sound cues&apos; volume beside its slider, &quot;40%&quot;</extracomment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
</TS>
