<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../seminarnotes/ui/app.py" line="82"/>
        <source>Something unexpected went wrong ({kind}); the details are in {path}.</source>
        <translation>Något oväntat gick fel ({kind}). Detaljerna finns i {path}.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/app.py" line="84"/>
        <source>Something unexpected went wrong ({kind}); your text is saved and the details are in {path}.</source>
        <translation>Något oväntat gick fel ({kind}). Din text är sparad och detaljerna finns i {path}.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/app.py" line="87"/>
        <source>Something unexpected went wrong ({kind}) and your latest changes could not be saved; the details are in {path}.</source>
        <translation>Något oväntat gick fel ({kind}) och dina senaste ändringar kunde inte sparas. Detaljerna finns i {path}.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/app.py" line="103"/>
        <location filename="../../seminarnotes/ui/app.py" line="119"/>
        <source>Seminarnotes</source>
        <translation>Seminarnotes</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../seminarnotes/ui/archive_page.py" line="25"/>
        <source>Seminars</source>
        <translation>Seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive_page.py" line="33"/>
        <source>Back to the open seminar</source>
        <translation>Tillbaka till det öppna seminariet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive_page.py" line="51"/>
        <source>No seminars to show. New seminar (Ctrl+N) starts one, New from sample shows a finished one, and a .seminarnotes file can be dropped on this window.</source>
        <translation>Det finns inga seminarier att visa. Nytt seminarium (Ctrl+N) startar ett nytt, Nytt från exempel visar ett färdigt, och en .seminarnotes-fil kan släppas på det här fönstret.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive_page.py" line="74"/>
        <source>Back to “%1” (Esc)</source>
        <translation>Tillbaka till ”%1” (Esc)</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="219"/>
        <source>Filter by title, venue, organiser or speaker</source>
        <translation>Filtrera på titel, plats, arrangör eller talare</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="250"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="250"/>
        <source>Open the selected seminar</source>
        <translation>Öppna det markerade seminariet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="252"/>
        <source>&amp;New from this structure</source>
        <translation>&amp;Nytt med samma struktur</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="253"/>
        <source>Start a new seminar with the same sessions, questions and groups, no points, dated today</source>
        <translation>Starta ett nytt seminarium med samma pass, frågor och grupper, utan punkter och med dagens datum</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="254"/>
        <location filename="../../seminarnotes/ui/archive.py" line="397"/>
        <source>&amp;Archive</source>
        <translation>Ar&amp;kivera</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="255"/>
        <source>Hide the seminar unless Show archived is on</source>
        <translation>Dölj seminariet i listan så länge Visa arkiverade inte är ikryssat</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="256"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="257"/>
        <source>Move the seminar to the Deleted list for 30 days</source>
        <translation>Flytta seminariet till borttagna seminarier, där det finns kvar i 30 dagar</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="259"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="260"/>
        <source>Bring the seminar back from the Deleted list</source>
        <translation>Hämta tillbaka seminariet från borttagna seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="262"/>
        <source>Sho&amp;w archived</source>
        <translation>Visa ark&amp;iverade</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="264"/>
        <location filename="../../seminarnotes/ui/archive.py" line="426"/>
        <source>De&amp;leted seminars</source>
        <translation>&amp;Borttagna seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="266"/>
        <source>Show the seminars deleted in the last 30 days, to restore them</source>
        <translation>Visa seminarierna som tagits bort de senaste 30 dagarna, så att de kan återställas</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="285"/>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="290"/>
        <source>Deleted seminars are removed for good 30 days after they were deleted.</source>
        <translation>Borttagna seminarier raderas för gott 30 dagar efter att de togs bort.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/archive.py" line="386"/>
        <source>%n seminars</source>
        <translation>
            <numerusform>%n seminarium</numerusform>
            <numerusform>%n seminarier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="388"/>
        <source>%1 of %2 seminars</source>
        <translation>%1 av %2 seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="397"/>
        <source>Un&amp;archive</source>
        <translation>Ta &amp;ur arkivet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="426"/>
        <source>&amp;All seminars</source>
        <translation>A&amp;lla seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="462"/>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="464"/>
        <source>Delete seminar</source>
        <translation>Ta bort seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="465"/>
        <source>Delete “%s”? It stays in the Deleted list for 30 days and can be restored from there.</source>
        <translation>Vill du ta bort ”%s”? Det finns kvar bland borttagna seminarier i 30 dagar och kan återställas därifrån.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../seminarnotes/ui/autosave.py" line="45"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/autosave.py" line="75"/>
        <source>Not saved yet: will retry</source>
        <translation>Inte sparat än – försöker igen</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/autosave.py" line="80"/>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="75"/>
        <source>Key</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="76"/>
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="96"/>
        <source>About Seminarnotes</source>
        <translation>Om Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="96"/>
        <source>&lt;h3&gt;Seminarnotes %1&lt;/h3&gt;&lt;p&gt;Document seminar group discussions as they are said, and send every participant a Word document.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seminarnotes %1&lt;/h3&gt;&lt;p&gt;Dokumentera gruppdiskussionerna på ett seminarium medan de förs, och skicka ett Word-dokument till varje deltagare.&lt;/p&gt;&lt;p&gt;Licensierad under GNU GPL, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../seminarnotes/ui/export_dialog.py" line="56"/>
        <source>Seminar</source>
        <translation>Seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/export_dialog.py" line="58"/>
        <location filename="../../seminarnotes/ui/export_dialog.py" line="77"/>
        <location filename="../../seminarnotes/ui/export_dialog.py" line="95"/>
        <source>Export to Word</source>
        <translation>Exportera till Word</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/export_dialog.py" line="59"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/export_dialog.py" line="81"/>
        <source>Word export is not available in this installation.</source>
        <translation>Export till Word finns inte i den här installationen.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/export_dialog.py" line="94"/>
        <source>The seminar was saved as %1.</source>
        <translation>Seminariet sparades som %1.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/export_dialog.py" line="97"/>
        <source>Open document</source>
        <translation>Öppna dokumentet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/export_dialog.py" line="99"/>
        <source>Show folder</source>
        <translation>Visa mappen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../seminarnotes/ui/find_bar.py" line="56"/>
        <source>Find in this seminar</source>
        <translation>Sök i det här seminariet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/find_bar.py" line="63"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Nästa träff</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/find_bar.py" line="66"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Föregående träff</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/find_bar.py" line="69"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/find_bar.py" line="70"/>
        <source>Close the find bar (Escape)</source>
        <translation>Stäng sökfältet (Esc)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/find_bar.py" line="79"/>
        <source>Fi&amp;nd:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/find_bar.py" line="83"/>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/find_bar.py" line="83"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/find_bar.py" line="198"/>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/find_bar.py" line="200"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="320"/>
        <source>Municipality or workplace</source>
        <translation>Kommun eller arbetsplats</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="330"/>
        <source>Group &amp;name:</source>
        <translation>Gruppens &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="335"/>
        <source>&amp;Points:</source>
        <translation>&amp;Punkter:</translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <location filename="../../seminarnotes/ui/search_panel.py" line="85"/>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/search_panel.py" line="89"/>
        <source>seminar title</source>
        <translation>seminariets titel</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/search_panel.py" line="91"/>
        <source>session: %s</source>
        <translation>pass: %s</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/search_panel.py" line="94"/>
        <source>group: %s</source>
        <translation>grupp: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="58"/>
        <source>No seminar is open.

File › New seminar (Ctrl+N) starts one;
File › New from sample shows what a finished one looks like.</source>
        <translation>Inget seminarium är öppet.

Arkiv › Nytt seminarium (Ctrl+N) startar ett nytt;
Arkiv › Nytt från exempel visar hur ett färdigt ser ut.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="70"/>
        <source>All changes saved</source>
        <translation>Alla ändringar är sparade</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="102"/>
        <source>&amp;New seminar</source>
        <translation>&amp;Nytt seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="103"/>
        <source>New from &amp;sample</source>
        <translation>Nytt &amp;från exempel</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="104"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="105"/>
        <source>&amp;Export to Word…</source>
        <translation>Exportera till &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="106"/>
        <source>Export &amp;package…</source>
        <translation>Exportera &amp;paket…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="107"/>
        <source>&amp;Import package…</source>
        <translation>&amp;Importera paket…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="108"/>
        <source>Sa&amp;ve now</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="109"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="112"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="114"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="117"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="118"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="119"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="120"/>
        <source>Add &amp;session</source>
        <translation>Lägg till &amp;pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="121"/>
        <source>Add &amp;group</source>
        <translation>Lägg till &amp;grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="122"/>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="123"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="129"/>
        <source>&amp;Next group</source>
        <translation>&amp;Nästa grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="130"/>
        <source>&amp;Previous group</source>
        <translation>&amp;Föregående grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="132"/>
        <source>Go to &amp;tree</source>
        <translation>Gå till &amp;trädet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="133"/>
        <source>Go to &amp;form</source>
        <translation>Gå till f&amp;ormuläret</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="134"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="136"/>
        <source>&amp;About Seminarnotes</source>
        <translation>&amp;Om Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="141"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="147"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="156"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="171"/>
        <location filename="../../seminarnotes/ui/main_window.py" line="496"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="304"/>
        <source>Seminarnotes</source>
        <translation>Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="306"/>
        <source>Untitled seminar</source>
        <translation>Namnlöst seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="307"/>
        <source>%1 — Seminarnotes</source>
        <translation>%1 — Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="346"/>
        <source>Import package</source>
        <translation>Importera paket</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="347"/>
        <location filename="../../seminarnotes/ui/main_window.py" line="366"/>
        <source>Seminarnotes packages (*%1)</source>
        <translation>Seminarnotes-paket (*%1)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="367"/>
        <source>Export package</source>
        <translation>Exportera paket</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="370"/>
        <source>Exported %1</source>
        <translation>Exporterade %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="412"/>
        <source>Add group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="440"/>
        <source>Delete the group “%1” and its points (%2)?</source>
        <translation>Vill du ta bort gruppen ”%1” och alla dess punkter (%2)?</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="442"/>
        <source>Delete the session “%1” with its groups (%3) and points (%2)?</source>
        <translation>Vill du ta bort passet ”%1” med alla dess grupper (%3) och punkter (%2)?</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="445"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="445"/>
        <source>Edit › Undo brings it back.</source>
        <translation>Redigera › Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/main_window.py" line="497"/>
        <source>Your last changes could not be saved. Close anyway and lose them?</source>
        <translation>Dina senaste ändringar kunde inte sparas. Vill du stänga ändå och förlora dem?</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../seminarnotes/ui/navigation.py" line="58"/>
        <source>&amp;Find in this seminar…</source>
        <translation>&amp;Sök i det här seminariet…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/navigation.py" line="61"/>
        <source>Search &amp;all seminars…</source>
        <translation>Sök i &amp;alla seminarier…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/navigation.py" line="97"/>
        <location filename="../../seminarnotes/ui/navigation.py" line="121"/>
        <source>Seminars — Seminarnotes</source>
        <translation>Seminarier — Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/navigation.py" line="115"/>
        <source>Untitled seminar</source>
        <translation>Namnlöst seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/navigation.py" line="152"/>
        <source>Search all seminars</source>
        <translation>Sök i alla seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/navigation.py" line="157"/>
        <source>Close search</source>
        <translation>Stäng sökningen</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="168"/>
        <location filename="../../seminarnotes/ui/point_editor.py" line="334"/>
        <source>Mark as highlight</source>
        <translation>Markera som lyft</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="169"/>
        <location filename="../../seminarnotes/ui/point_editor.py" line="324"/>
        <source>Move point up</source>
        <translation>Flytta upp punkten</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="170"/>
        <location filename="../../seminarnotes/ui/point_editor.py" line="324"/>
        <source>Move point down</source>
        <translation>Flytta ned punkten</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="171"/>
        <source>Indent point</source>
        <translation>Öka punktens indrag</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="172"/>
        <source>Outdent point</source>
        <translation>Minska punktens indrag</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="173"/>
        <source>Paste as plain text</source>
        <translation>Klistra in som oformaterad text</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="174"/>
        <source>Type the group&apos;s points: Enter for the next point, Tab for a sub-point, Ctrl+H for a highlight</source>
        <translation>Skriv gruppens punkter: Enter för nästa punkt, Tab för en underpunkt, Ctrl+H för ett lyft</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="191"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="192"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="195"/>
        <location filename="../../seminarnotes/ui/point_editor.py" line="420"/>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="196"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="197"/>
        <location filename="../../seminarnotes/ui/point_editor.py" line="392"/>
        <location filename="../../seminarnotes/ui/point_editor.py" line="411"/>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="203"/>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="239"/>
        <location filename="../../seminarnotes/ui/point_editor.py" line="247"/>
        <location filename="../../seminarnotes/ui/point_editor.py" line="277"/>
        <source>Typing</source>
        <translation>Skrivning</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="239"/>
        <location filename="../../seminarnotes/ui/point_editor.py" line="259"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="259"/>
        <location filename="../../seminarnotes/ui/point_editor.py" line="285"/>
        <location filename="../../seminarnotes/ui/point_editor.py" line="306"/>
        <source>Outdent</source>
        <translation>Minska indrag</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="268"/>
        <source>New point</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="293"/>
        <source>Merge points</source>
        <translation>Slå ihop punkter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="293"/>
        <source>Delete point</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="300"/>
        <source>Indent</source>
        <translation>Öka indrag</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="334"/>
        <source>Remove highlight</source>
        <translation>Ta bort lyft</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/point_editor.py" line="468"/>
        <source>Edit</source>
        <translation>Redigering</translation>
    </message>
</context>
<context>
    <name>Recent</name>
    <message>
        <location filename="../../seminarnotes/ui/recent.py" line="29"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/recent.py" line="61"/>
        <source>Untitled seminar</source>
        <translation>Namnlöst seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/recent.py" line="73"/>
        <source>No recent seminars</source>
        <translation>Inga nyligen öppnade seminarier</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../seminarnotes/ui/search_panel.py" line="143"/>
        <source>Search all seminars: words, prefix*, &quot;a phrase&quot;</source>
        <translation>Sök i alla seminarier: ord, ordbörj*, &quot;en fras&quot;</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/search_panel.py" line="180"/>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/search_panel.py" line="182"/>
        <source>The first %n matches</source>
        <translation>
            <numerusform>Första %n träffen</numerusform>
            <numerusform>De första %n träffarna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/search_panel.py" line="184"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeminarForm</name>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="135"/>
        <source>Seminar</source>
        <translation>Seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="136"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="136"/>
        <source>What the seminar was about</source>
        <translation>Vad seminariet handlade om</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="137"/>
        <source>S&amp;peaker:</source>
        <translation>Ta&amp;lare:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="138"/>
        <source>Ve&amp;nue:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="143"/>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="146"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="147"/>
        <source>Document t&amp;ype:</source>
        <translation>D&amp;okumenttyp:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="148"/>
        <source>Dokumentation av gruppdiskussioner</source>
        <translation>Dokumentation av gruppdiskussioner</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="149"/>
        <source>&amp;Organiser:</source>
        <translation>Arran&amp;gör:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="151"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="152"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="155"/>
        <source>Document &amp;language:</source>
        <translation>Dokument&amp;språk:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="157"/>
        <source>Closing</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="158"/>
        <source>Thanks:</source>
        <translation>Tack:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="158"/>
        <source>Thank you for taking part!</source>
        <translation>Tack för att du deltog!</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="159"/>
        <source>About:</source>
        <translation>Om:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="159"/>
        <source>Who organised the seminar and why</source>
        <translation>Vem som arrangerade seminariet och varför</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="160"/>
        <source>Compiled by:</source>
        <translation>Sammanställt av:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="161"/>
        <source>Website:</source>
        <translation>Webbplats:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="163"/>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="164"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="165"/>
        <source>Role:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="166"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="167"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="168"/>
        <source>Email:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="170"/>
        <source>Word export</source>
        <translation>Export till Word</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="172"/>
        <source>2014-04-08</source>
        <translation>2014-04-08</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="173"/>
        <source>8 April 2014</source>
        <translation>8 april 2014</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="174"/>
        <source>140408</source>
        <translation>140408</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="177"/>
        <source>Date format:</source>
        <translation>Datumformat:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="178"/>
        <source>Start each session on a new page</source>
        <translation>Börja varje pass på en ny sida</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="179"/>
        <source>Include groups without points</source>
        <translation>Ta med grupper utan punkter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="180"/>
        <source>Write page numbers as “Sida 1 (7)”</source>
        <translation>Skriv sidnummer som ”Sida 1 (7)”</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="188"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="190"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="195"/>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="231"/>
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="232"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="238"/>
        <location filename="../../seminarnotes/ui/forms.py" line="242"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="238"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="243"/>
        <source>The logo must be a PNG or JPEG image of at most 5 MB.</source>
        <translation>Logotypen måste vara en PNG- eller JPEG-bild på högst 5 MB.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="258"/>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
</context>
<context>
    <name>SeminarTableModel</name>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="109"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="109"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="109"/>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="109"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="109"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="110"/>
        <source>Points</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="110"/>
        <source>Kept until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="132"/>
        <source>%1
Speaker: %2</source>
        <translation>%1
Talare: %2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="140"/>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive.py" line="141"/>
        <source>%s (archived)</source>
        <translation>%s (arkiverat)</translation>
    </message>
</context>
<context>
    <name>SeminarTreeModel</name>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/seminar_tree.py" line="214"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/seminar_tree.py" line="361"/>
        <source>Untitled seminar</source>
        <translation>Namnlöst seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/seminar_tree.py" line="362"/>
        <source>Unnamed session</source>
        <translation>Namnlöst pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/seminar_tree.py" line="363"/>
        <source>Unnamed group</source>
        <translation>Namnlös grupp</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="279"/>
        <source>Session &amp;name:</source>
        <translation>Passets &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="279"/>
        <source>e.g. Morning</source>
        <translation>t.ex. Förmiddag</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="280"/>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms.py" line="280"/>
        <source>What the groups discuss</source>
        <translation>Vad grupperna diskuterar</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="22"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="23"/>
        <source>New point after this one, same level (splits the point at the cursor)</source>
        <translation>Ny punkt efter den här, på samma nivå (delar punkten vid markören)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="25"/>
        <source>Enter on an empty point</source>
        <translation>Enter på en tom punkt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="26"/>
        <source>Outdent it; on an empty top-level point nothing is added</source>
        <translation>Minska punktens indrag; på en tom punkt på översta nivån läggs ingen ny punkt till</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="27"/>
        <source>Shift+Enter</source>
        <translation>Skift+Enter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="28"/>
        <source>Line break inside the point</source>
        <translation>Radbrytning i punkten</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="29"/>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Skift+Tab</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="30"/>
        <source>Indent / outdent the point (and the selected points)</source>
        <translation>Öka / minska punktens indrag (och de markerade punkternas)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="31"/>
        <source>Backspace at the start of a point</source>
        <translation>Backsteg i början av en punkt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="32"/>
        <source>Outdent if indented, else merge into the previous point</source>
        <translation>Minska indraget om punkten är indragen, annars slå ihop den med föregående punkt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="33"/>
        <source>Alt+Shift+Up / Down, Ctrl+Shift+Up / Down</source>
        <translation>Alt+Skift+Upp / Ned, Ctrl+Skift+Upp / Ned</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="34"/>
        <source>Move the point with its sub-points up / down; in the tree, move the session or group</source>
        <translation>Flytta punkten med dess underpunkter uppåt / nedåt; i trädet: flytta passet eller gruppen</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="36"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="37"/>
        <source>Mark the point(s) as a highlight (a workplace&apos;s own good example)</source>
        <translation>Markera punkten eller punkterna som lyft (en arbetsplats egna goda exempel)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="38"/>
        <source>Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y</source>
        <translation>Ctrl+Z / Ctrl+Skift+Z, Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="39"/>
        <source>Undo / redo, also for moves, indents and highlights</source>
        <translation>Ångra / gör om, även för flyttningar, indrag och lyft</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="40"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="41"/>
        <source>Paste several lines as one point per line; indentation and bullets set the level</source>
        <translation>Klistra in flera rader som en punkt per rad; indrag och punkttecken avgör nivån</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="43"/>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Skift+V</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="44"/>
        <source>Paste as plain text into the current point</source>
        <translation>Klistra in som oformaterad text i den aktuella punkten</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="45"/>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="46"/>
        <source>Next / previous group, across sessions</source>
        <translation>Nästa / föregående grupp, även i nästa eller föregående pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="47"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Skift+N</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="48"/>
        <source>New group in the current session, cursor in its name</source>
        <translation>Ny grupp i det aktuella passet, med markören i gruppens namn</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="49"/>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="50"/>
        <source>New session</source>
        <translation>Nytt pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="51"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="52"/>
        <source>Rename the selected item in the tree</source>
        <translation>Byt namn på det som är markerat i trädet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="53"/>
        <source>Delete (in the tree)</source>
        <translation>Delete (i trädet)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="54"/>
        <source>Delete the selected group or session, after asking</source>
        <translation>Ta bort den markerade gruppen eller det markerade passet, efter en fråga</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="55"/>
        <source>Ctrl+F, then Enter / F3, Shift+Enter / Shift+F3</source>
        <translation>Ctrl+F, sedan Enter / F3, Skift+Enter / Skift+F3</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="56"/>
        <source>Find in this seminar: next / previous match, across groups and sessions; Escape closes</source>
        <translation>Sök i det här seminariet: nästa / föregående träff, genom alla grupper och pass; Esc stänger</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="58"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Skift+F</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="59"/>
        <source>Search all seminars</source>
        <translation>Sök i alla seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="60"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="61"/>
        <source>The archive of all seminars: filter, open, reuse a structure, delete, restore</source>
        <translation>Listan över alla seminarier: filtrera, öppna, återanvänd en struktur, ta bort, återställ</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="63"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="64"/>
        <source>Export to Word</source>
        <translation>Exportera till Word</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="65"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/dialogs.py" line="66"/>
        <source>Save now (changes are saved within a second anyway)</source>
        <translation>Spara nu (ändringar sparas ändå inom en sekund)</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <location filename="../../seminarnotes/ui/undo.py" line="92"/>
        <source>Rename group</source>
        <translation>Byt namn på grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/undo.py" line="98"/>
        <source>Rename session</source>
        <translation>Byt namn på pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/undo.py" line="104"/>
        <source>Rename seminar</source>
        <translation>Ändra seminariets titel</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/undo.py" line="186"/>
        <source>Add session</source>
        <translation>Lägg till pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/undo.py" line="203"/>
        <source>Add group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/undo.py" line="255"/>
        <source>Delete group</source>
        <translation>Ta bort grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/undo.py" line="273"/>
        <source>Delete session</source>
        <translation>Ta bort pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/undo.py" line="302"/>
        <source>Move group</source>
        <translation>Flytta grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/undo.py" line="317"/>
        <source>Move session</source>
        <translation>Flytta pass</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <location filename="../../seminarnotes/ui/user_errors.py" line="28"/>
        <source>Seminarnotes</source>
        <translation>Seminarnotes</translation>
    </message>
</context>
</TS>
