<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../seminarnotes/ui/app.py" line="84"/>
        <source>Something unexpected went wrong (%1); the details are in %2.</source>
        <translation>Något oväntat gick fel (%1). Detaljerna finns i %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/app.py" line="86"/>
        <source>Something unexpected went wrong (%1); your text is saved and the details are in %2.</source>
        <translation>Något oväntat gick fel (%1). Din text är sparad och detaljerna finns i %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/app.py" line="89"/>
        <source>Something unexpected went wrong (%1) and your latest changes could not be saved; the details are in %2.</source>
        <translation>Något oväntat gick fel (%1) och dina senaste ändringar kunde inte sparas. Detaljerna finns i %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/app.py" line="109"/>
        <location filename="../../seminarnotes/ui/app.py" line="150"/>
        <source>Seminarnotes</source>
        <translation>Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/app.py" line="147"/>
        <source>Seminarnotes is already open with this library but does not answer; close that window (or end the program) and start again.</source>
        <translation>Seminarnotes är redan öppet med det här biblioteket men svarar inte; stäng det fönstret (eller avsluta programmet) och starta igen.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../../seminarnotes/ui/venue/appearance.py" line="101"/>
        <source>Follow the &amp;system</source>
        <translation>Följ &amp;systemet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/appearance.py" line="101"/>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/appearance.py" line="102"/>
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_page.py" line="26"/>
        <source>Seminars</source>
        <translation>Seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_page.py" line="34"/>
        <source>Back to the open seminar</source>
        <translation>Tillbaka till det öppna seminariet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_page.py" line="50"/>
        <source>No seminars to show. New seminar (Ctrl+N) starts one, New from sample shows a finished one, and a .seminarnotes file can be dropped on this window.</source>
        <translation>Det finns inga seminarier att visa. Nytt seminarium (Ctrl+N) startar ett nytt, Nytt från exempel visar ett färdigt, och en .seminarnotes-fil kan släppas på det här fönstret.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_page.py" line="73"/>
        <source>Back to “%1” (Esc)</source>
        <translation>Tillbaka till ”%1” (Esc)</translation>
    </message>
</context>
<context>
    <name>ArchiveView</name>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="88"/>
        <source>Filter by title, venue, organiser or speaker</source>
        <translation>Filtrera på titel, plats, arrangör eller talare</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="119"/>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="119"/>
        <source>Open the selected seminar</source>
        <translation>Öppna det markerade seminariet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="121"/>
        <source>&amp;New from this structure</source>
        <translation>&amp;Nytt med samma struktur</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="122"/>
        <source>Start a new seminar with the same sessions, questions and groups, no points, dated today</source>
        <translation>Starta ett nytt seminarium med samma pass, frågor och grupper, utan punkter och med dagens datum</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="123"/>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="264"/>
        <source>&amp;Archive</source>
        <translation>Ar&amp;kivera</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="124"/>
        <source>Hide the seminar unless Show archived is on</source>
        <translation>Dölj seminariet i listan så länge Visa arkiverade inte är ikryssat</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="125"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="126"/>
        <source>Move the seminar to the Deleted list for 30 days</source>
        <translation>Flytta seminariet till borttagna seminarier, där det finns kvar i 30 dagar</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="128"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="129"/>
        <source>Bring the seminar back from the Deleted list</source>
        <translation>Hämta tillbaka seminariet från borttagna seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="131"/>
        <source>Sho&amp;w archived</source>
        <translation>Visa ark&amp;iverade</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="133"/>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="293"/>
        <source>De&amp;leted seminars</source>
        <translation>&amp;Borttagna seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="135"/>
        <source>Show the seminars deleted in the last 30 days, to restore them</source>
        <translation>Visa seminarierna som tagits bort de senaste 30 dagarna, så att de kan återställas</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="152"/>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="157"/>
        <source>Deleted seminars are removed for good 30 days after they were deleted.</source>
        <translation>Borttagna seminarier raderas för gott 30 dagar efter att de togs bort.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="253"/>
        <source>%n seminars</source>
        <translation>
            <numerusform>%n seminarium</numerusform>
            <numerusform>%n seminarier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="255"/>
        <source>%1 of %2 seminars</source>
        <translation>%1 av %2 seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="264"/>
        <source>Un&amp;archive</source>
        <translation>Ta &amp;ur arkivet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="293"/>
        <source>&amp;All seminars</source>
        <translation>A&amp;lla seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="329"/>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="331"/>
        <source>Delete seminar</source>
        <translation>Ta bort seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="332"/>
        <source>Delete “%1”? It stays in the Deleted list for 30 days and can be restored from there.</source>
        <translation>Vill du ta bort ”%1”? Det finns kvar bland borttagna seminarier i 30 dagar och kan återställas därifrån.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../seminarnotes/ui/saving/autosave.py" line="71"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/saving/autosave.py" line="174"/>
        <source>Not saved yet: will retry</source>
        <translation>Inte sparat än – försöker igen</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/saving/autosave.py" line="181"/>
        <source>Saved %1</source>
        <translation>Sparat %1</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <location filename="../../seminarnotes/ui/library/backup_view.py" line="34"/>
        <source>Seminars that were in the Deleted list when this backup was made.</source>
        <translation>Seminarier som fanns bland de borttagna när den här säkerhetskopian gjordes.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backup_view.py" line="62"/>
        <source>Backup of %1</source>
        <translation>Säkerhetskopia från %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backup_view.py" line="63"/>
        <source>This backup is shown read-only. Copy a seminar into your library to work on it; the library keeps everything else as it is.</source>
        <translation>Säkerhetskopian visas skrivskyddad. Kopiera ett seminarium till ditt bibliotek för att arbeta med det; allt annat i biblioteket förblir som det är.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backup_view.py" line="69"/>
        <source>&amp;Copy into my library</source>
        <translation>&amp;Kopiera till mitt bibliotek</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="34"/>
        <source>Program started</source>
        <translation>Programmet startade</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="35"/>
        <source>Every 30 minutes</source>
        <translation>Var 30:e minut</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="36"/>
        <source>Before an upgrade</source>
        <translation>Före en uppgradering</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="37"/>
        <source>Before an import</source>
        <translation>Före en import</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="38"/>
        <source>Before emptying the Deleted list</source>
        <translation>Före tömning av borttagna seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="39"/>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="40"/>
        <source>Made by hand</source>
        <translation>Gjord för hand</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="45"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="55"/>
        <source>Open backup</source>
        <translation>Öppna säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="55"/>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="139"/>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="58"/>
        <source>Backups of %1 are kept in %2: the 10 newest, the newest of each of the last 14 days and the newest of each of the last 8 weeks.</source>
        <translation>Säkerhetskopior av %1 sparas i %2: de 10 nyaste, den nyaste från var och en av de senaste 14 dagarna och den nyaste från var och en av de senaste 8 veckorna.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="64"/>
        <source>Made</source>
        <translation>Gjord</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="64"/>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="65"/>
        <source>Seminars</source>
        <translation>Seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="65"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="74"/>
        <source>unreadable</source>
        <translation>oläsbar</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="87"/>
        <source>Backups: %1, %2 in all</source>
        <translation>Säkerhetskopior: %1, %2 totalt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="94"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="95"/>
        <source>Show the backup&apos;s seminars read-only, to copy one into your library</source>
        <translation>Visa säkerhetskopians seminarier skrivskyddade, för att kopiera ett till ditt bibliotek</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="97"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="98"/>
        <source>Replace the whole library with this backup (the library as it is now is backed up first)</source>
        <translation>Ersätt hela biblioteket med den här säkerhetskopian (biblioteket som det är nu säkerhetskopieras först)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups_dialog.py" line="140"/>
        <source>Replace the whole library with the backup of %1? The library as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Vill du ersätta hela biblioteket med säkerhetskopian från %1? Biblioteket som det är nu säkerhetskopieras först, så det går att ångra genom att återställa den säkerhetskopian.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="45"/>
        <source>Restore from &amp;backup…</source>
        <translation>Å&amp;terställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="46"/>
        <source>Open bac&amp;kup…</source>
        <translation>Öppna säker&amp;hetskopia…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/main_window.py" line="237"/>
        <source>The seminar was copied into your library.</source>
        <translation>Seminariet kopierades till ditt bibliotek.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups.py" line="80"/>
        <source>The library now holds the backup of %1.</source>
        <translation>Biblioteket innehåller nu säkerhetskopian från %1.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/backups.py" line="82"/>
        <source>The library as it was is kept as %1.</source>
        <translation>Biblioteket som det var sparas som %1.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="17"/>
        <source>%1 could not be saved: %2.</source>
        <translation>%1 kunde inte sparas: %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="18"/>
        <source>%1 could not be saved: the disk is full.</source>
        <translation>%1 kunde inte sparas: disken är full.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="19"/>
        <source>%1 could not be saved: the disk is read-only.</source>
        <translation>%1 kunde inte sparas: disken är skrivskyddad.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="20"/>
        <source>%1 could not be saved: no permission to write there (is the file open in another program?).</source>
        <translation>%1 kunde inte sparas: du har inte behörighet att skriva där (är filen öppen i ett annat program?).</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="22"/>
        <source>%1 could not be saved: the folder %2 does not exist.</source>
        <translation>%1 kunde inte sparas: mappen %2 finns inte.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="23"/>
        <source>%1 could not be saved: part of its folder path is a file, not a folder.</source>
        <translation>%1 kunde inte sparas: en del av mappsökvägen är en fil, inte en mapp.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="24"/>
        <source>%1 could not be saved: it is a folder.</source>
        <translation>%1 kunde inte sparas: det är en mapp.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="25"/>
        <source>No file name was given to save to.</source>
        <translation>Inget filnamn att spara till angavs.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="26"/>
        <source>%1 could not be saved: %2 is a file, not a folder.</source>
        <translation>%1 kunde inte sparas: %2 är en fil, inte en mapp.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="27"/>
        <source>%1 is not an ordinary file (a device, pipe or socket); choose another file name.</source>
        <translation>%1 är ingen vanlig fil (en enhet, ett rör eller en socket); välj ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="28"/>
        <source>%1 is not an ordinary file (a device, pipe or socket); choose another file.</source>
        <translation>%1 är ingen vanlig fil (en enhet, ett rör eller en socket); välj en annan fil.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="29"/>
        <source>%1 is read-only; choose another file name or make it writable.</source>
        <translation>%1 är skrivskyddad; välj ett annat filnamn eller gör den skrivbar.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="30"/>
        <source>%1 is the library itself; choose another file name.</source>
        <translation>%1 är själva biblioteket; välj ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="31"/>
        <source>%1 is one of the library&apos;s own files (its journal, lock or backups); choose another file name.</source>
        <translation>%1 är en av bibliotekets egna filer (dess journal, lås eller säkerhetskopior); välj ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="33"/>
        <source>%1 is the file being read; choose another file name.</source>
        <translation>%1 är filen som läses; välj ett annat filnamn.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="34"/>
        <source>%1 is the library itself; choose another file.</source>
        <translation>%1 är själva biblioteket; välj en annan fil.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="35"/>
        <source>%1 is one of the library&apos;s own files (its journal, lock or backups); choose another file.</source>
        <translation>%1 är en av bibliotekets egna filer (dess journal, lås eller säkerhetskopior); välj en annan fil.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="37"/>
        <source>Too many backups in one second in %1.</source>
        <translation>För många säkerhetskopior på en sekund i %1.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="38"/>
        <source>The backup just written was not sound (%1); the library was not backed up.</source>
        <translation>Säkerhetskopian som just skrevs var inte hel (%1); biblioteket säkerhetskopierades inte.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="39"/>
        <source>The library %1 could not be backed up: %2.</source>
        <translation>Biblioteket %1 kunde inte säkerhetskopieras: %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="40"/>
        <source>There is no seminar with id %1 in the library.</source>
        <translation>Det finns inget seminarium med id %1 i biblioteket.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="41"/>
        <source>There is no session with id %1 in the library.</source>
        <translation>Det finns inget pass med id %1 i biblioteket.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="42"/>
        <source>There is no group with id %1 in the library.</source>
        <translation>Det finns ingen grupp med id %1 i biblioteket.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="43"/>
        <source>The library %1 is damaged, so Seminarnotes will not write to it; restore a backup or rescue what can be read.</source>
        <translation>Biblioteket %1 är skadat, så Seminarnotes skriver inte till det; återställ en säkerhetskopia eller rädda det som går att läsa.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="45"/>
        <source>%1 is a folder; a library is a file.</source>
        <translation>%1 är en mapp; ett bibliotek är en fil.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="46"/>
        <source>The library %1 cannot be opened: %2 is a file, not a folder.</source>
        <translation>Biblioteket %1 kan inte öppnas: %2 är en fil, inte en mapp.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="47"/>
        <source>The library %1 is read-only; Seminarnotes can open it only when it may write to it (make it writable, or copy it).</source>
        <translation>Biblioteket %1 är skrivskyddat; Seminarnotes kan bara öppna det när det får skriva till det (gör det skrivbart, eller kopiera det).</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="49"/>
        <source>The library %1 cannot be opened: its folder %2 is read-only, and SQLite keeps its journal beside the library.</source>
        <translation>Biblioteket %1 kan inte öppnas: mappen %2 är skrivskyddad, och SQLite har sin journal bredvid biblioteket.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="51"/>
        <source>There is no library at %1.</source>
        <translation>Det finns inget bibliotek på %1.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="52"/>
        <source>This backup is open for reading only; copy a seminar into your library to work on it.</source>
        <translation>Den här säkerhetskopian är bara öppen för läsning; kopiera ett seminarium till ditt bibliotek för att arbeta med det.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="54"/>
        <source>The library %1 cannot be opened: %2.</source>
        <translation>Biblioteket %1 kan inte öppnas: %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="55"/>
        <source>%1 is an SQLite file, but not a Seminarnotes library; it was left as it is.</source>
        <translation>%1 är en SQLite-fil men inget Seminarnotes-bibliotek; den lämnades som den är.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="56"/>
        <source>%1 is an empty file, not a Seminarnotes library; it was left as it is.</source>
        <translation>%1 är en tom fil, inget Seminarnotes-bibliotek; den lämnades som den är.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="57"/>
        <source>%1 is not a Seminarnotes library (it is not an SQLite file); it was left as it is.</source>
        <translation>%1 är inget Seminarnotes-bibliotek (det är ingen SQLite-fil); den lämnades som den är.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="58"/>
        <source>%1 was written by a newer version of Seminarnotes (schema %2; this version knows up to %3); please update Seminarnotes to open it.</source>
        <translation>%1 skrevs av en nyare version av Seminarnotes (schema %2; den här versionen känner till upp till %3); uppdatera Seminarnotes för att öppna det.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="60"/>
        <source>The library %1 cannot be read: %2.</source>
        <translation>Biblioteket %1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="61"/>
        <source>The library %1 must be backed up before it is upgraded to this version, and the backup failed: %2</source>
        <translation>Biblioteket %1 måste säkerhetskopieras innan det uppgraderas till den här versionen, och säkerhetskopieringen misslyckades: %2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="63"/>
        <source>The library %1 could not be upgraded to this version: %2; it is as it was.</source>
        <translation>Biblioteket %1 kunde inte uppgraderas till den här versionen: %2; det är som det var.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="64"/>
        <source>kind: %1 is not &apos;point&apos; or &apos;highlight&apos;</source>
        <translation>kind: %1 är varken &apos;point&apos; eller &apos;highlight&apos;</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="65"/>
        <source>level: %1 is not a whole number</source>
        <translation>level: %1 är inget heltal</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="66"/>
        <source>level: %1 is not 0, 1 or 2</source>
        <translation>level: %1 är inte 0, 1 eller 2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="67"/>
        <source>level: %1 is more than one above %2</source>
        <translation>level: %1 är mer än ett över %2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="68"/>
        <source>level: %1 must be 0 for the first point</source>
        <translation>level: %1 måste vara 0 för den första punkten</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="69"/>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="70"/>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="71"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="72"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="73"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="74"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="75"/>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="76"/>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 är inget datum i formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="77"/>
        <source>%1 is not an ISO timestamp</source>
        <translation>%1 är ingen ISO-tidsstämpel</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="78"/>
        <source>%1 is not a seminar identity (32 hex digits)</source>
        <translation>%1 är ingen seminarieidentitet (32 hexadecimala siffror)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="79"/>
        <source>%1[%2].%3</source>
        <translation>%1[%2].%3</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="80"/>
        <source>The file is larger than %1 MB, too large for a seminar package.</source>
        <translation>Filen är större än %1 MB, för stor för ett seminariepaket.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="81"/>
        <source>%1 is larger than %2 MB, too large for a seminar package.</source>
        <translation>%1 är större än %2 MB, för stor för ett seminariepaket.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="82"/>
        <source>The seminar is too large for a package: it would be %1 MB, and a package holds at most %2 MB.</source>
        <translation>Seminariet är för stort för ett paket: det skulle bli %1 MB, och ett paket rymmer högst %2 MB.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="84"/>
        <source>expected an object, found %1</source>
        <translation>ett objekt väntades, men här finns %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="85"/>
        <source>expected a list, found %1</source>
        <translation>en lista väntades, men här finns %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="86"/>
        <source>expected text, found %1</source>
        <translation>text väntades, men här finns %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="87"/>
        <source>expected true or false, found %1</source>
        <translation>true eller false väntades, men här finns %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="88"/>
        <source>%1 is not one of %2</source>
        <translation>%1 är inte ett av %2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="89"/>
        <source>%1 is not &quot;%2&quot;</source>
        <translation>%1 är inte &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="90"/>
        <source>%1 is not a package version</source>
        <translation>%1 är ingen paketversion</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="91"/>
        <source>the package is version %1, but this program reads up to version %2; please update Seminarnotes</source>
        <translation>paketet är version %1, men det här programmet läser upp till version %2; uppdatera Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="93"/>
        <source>is missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="94"/>
        <source>The file is not UTF-8 text, so it is not a seminar package.</source>
        <translation>Filen är inte UTF-8-text, så det är inget seminariepaket.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="95"/>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <translation>Filen är inte giltig JSON (rad %1, kolumn %2: %3).</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="96"/>
        <source>The file is nested too deeply to be a seminar package.</source>
        <translation>Filen är för djupt nästlad för att vara ett seminariepaket.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="97"/>
        <source>There is no file %1.</source>
        <translation>Det finns ingen fil %1.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="98"/>
        <source>%1 is a folder, not a seminar package.</source>
        <translation>%1 är en mapp, inget seminariepaket.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="99"/>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kan inte läsas: behörighet saknas.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="100"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="101"/>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 kan inte användas: %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="102"/>
        <source>contains %1, half of a character, which is not text</source>
        <translation>innehåller %1, ett halvt tecken, vilket inte är text</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="103"/>
        <source>is not a PNG or JPEG image</source>
        <translation>är ingen PNG- eller JPEG-bild</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="104"/>
        <source>is missing; this is not a %1 package</source>
        <translation>saknas; det här är inget %1-paket</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="105"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kan inte användas: %2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="106"/>
        <source>is not valid base64</source>
        <translation>är inte giltig base64</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="107"/>
        <source>Some seminars&apos; details could not be read.</source>
        <translation>Uppgifterna om några seminarier kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="108"/>
        <source>Some sessions could not be read.</source>
        <translation>Några pass kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="109"/>
        <source>Some groups could not be read.</source>
        <translation>Några grupper kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="110"/>
        <source>Some points could not be read.</source>
        <translation>Några punkter kunde inte läsas.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="111"/>
        <source>%1 points could not be read where they stood; their texts were found in the search index and are in the seminar “Rescued texts”.</source>
        <translation>%1 punkter kunde inte läsas där de stod; deras texter hittades i sökindexet och finns i seminariet ”Räddade texter”.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="113"/>
        <source>The library&apos;s list of tables could not be read, so only the texts in its search index could be rescued.</source>
        <translation>Bibliotekets tabellista kunde inte läsas, så bara texterna i dess sökindex kunde räddas.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="115"/>
        <source>Texts whose place was lost</source>
        <translation>Texter vars plats gick förlorad</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="116"/>
        <source>The details of the seminar “%1” could not be read; its sessions were rescued.</source>
        <translation>Uppgifterna om seminariet ”%1” kunde inte läsas; dess pass räddades.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="117"/>
        <source>A session (“%1”) could not be read; its groups are in the seminar “Rescued texts”.</source>
        <translation>Ett pass (”%1”) kunde inte läsas; dess grupper finns i seminariet ”Räddade texter”.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="118"/>
        <source>The group “%1” could not be read; its points are in the seminar “Rescued texts”.</source>
        <translation>Gruppen ”%1” kunde inte läsas; dess punkter finns i seminariet ”Räddade texter”.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="119"/>
        <source>Rescued texts</source>
        <translation>Räddade texter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="120"/>
        <source>Rescued seminar %1</source>
        <translation>Räddat seminarium %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="121"/>
        <source>Rescued group %1</source>
        <translation>Räddad grupp %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="122"/>
        <source>Too many damaged copies in one second in %1.</source>
        <translation>För många skadade kopior på en sekund i %1.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="123"/>
        <source>There is no backup %1.</source>
        <translation>Det finns ingen säkerhetskopia %1.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="124"/>
        <source>The backup %1 is damaged; choose another.</source>
        <translation>Säkerhetskopian %1 är skadad; välj en annan.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="125"/>
        <source>%1 is the library itself, not a backup of it.</source>
        <translation>%1 är själva biblioteket, ingen säkerhetskopia av det.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="126"/>
        <source>The backup %1 cannot be read: %2.</source>
        <translation>Säkerhetskopian %1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="127"/>
        <source>The library %1 could not be restored: %2; it is as it was.</source>
        <translation>Biblioteket %1 kunde inte återställas: %2; det är som det var.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="128"/>
        <source>The search is too long: use at most %1 words and %2 characters.</source>
        <translation>Sökningen är för lång: använd högst %1 ord och %2 tecken.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="129"/>
        <source>SQLite reported: %1</source>
        <translation>SQLite rapporterade: %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="130"/>
        <source>the system reported: %1</source>
        <translation>systemet rapporterade: %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="131"/>
        <source>The library %1 could not be written: %2; nothing was changed.</source>
        <translation>Biblioteket %1 kunde inte skrivas: %2; ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="132"/>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="133"/>
        <source>another program (or another Seminarnotes) is writing to it</source>
        <translation>ett annat program (eller ett annat Seminarnotes) skriver till det</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="134"/>
        <source>it or its folder is read-only</source>
        <translation>det eller dess mapp är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="135"/>
        <source>it or the files beside it cannot be opened (is its folder read-only or missing?)</source>
        <translation>det eller filerna bredvid kan inte öppnas (är mappen skrivskyddad eller borta?)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="136"/>
        <source>the disk reported an error (%1)</source>
        <translation>disken rapporterade ett fel (%1)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="137"/>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="138"/>
        <source>no permission</source>
        <translation>behörighet saknas</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="139"/>
        <source>%1 is not a date format (%2).</source>
        <translation>%1 är inget datumformat (%2).</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="140"/>
        <source>%1 is not a date.</source>
        <translation>%1 är inget datum.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="141"/>
        <source>A group can only be moved to a session of the same seminar.</source>
        <translation>En grupp kan bara flyttas till ett pass i samma seminarium.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="143"/>
        <source>%1 is an RTF document, not a Word document (.docx); open it in Word or LibreOffice, save it as a Word document (.docx) and import that.</source>
        <translation>%1 är ett RTF-dokument, inte ett Word-dokument (.docx); öppna det i Word eller LibreOffice, spara det som Word-dokument (.docx) och importera det.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="145"/>
        <source>%1 is not a Word document (.docx).</source>
        <translation>%1 är inte ett Word-dokument (.docx).</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="146"/>
        <source>%1 is not a Word document (.docx): it is damaged or not a zip file.</source>
        <translation>%1 är inte ett Word-dokument (.docx): det är skadat eller ingen zip-fil.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="147"/>
        <source>%1 is not a Word document that can be read (%2).</source>
        <translation>%1 är inte ett Word-dokument som går att läsa (%2).</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="148"/>
        <source>%1 is damaged: its XML is not well-formed (%2).</source>
        <translation>%1 är skadat: dess XML är inte välformad (%2).</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="149"/>
        <source>%1 is larger than %2 MB, too large to be a seminar&apos;s documentation.</source>
        <translation>%1 är större än %2 MB, för stort för att vara dokumentationen av ett seminarium.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="150"/>
        <source>%1 is a folder, not a Word document.</source>
        <translation>%1 är en mapp, inte ett Word-dokument.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="151"/>
        <source>%1 is protected with a password, so it cannot be read; open it in Word, remove the password (File › Info › Protect Document), save it and import it again.</source>
        <translation>%1 är skyddat med lösenord och kan inte läsas; öppna det i Word, ta bort lösenordet (Arkiv › Information › Skydda dokument), spara det och importera det igen.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="153"/>
        <source>%1 is an old Word document (.doc); open it in Word or LibreOffice, save it as a Word document (.docx) and import that.</source>
        <translation>%1 är ett äldre Word-dokument (.doc); öppna det i Word eller LibreOffice, spara det som Word-dokument (.docx) och importera det.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="155"/>
        <source>%1 is an old Office file, not a Word document (.docx).</source>
        <translation>%1 är en äldre Office-fil, inte ett Word-dokument (.docx).</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="156"/>
        <source>%1 holds %2 files; a Word document has far fewer, so it was not opened.</source>
        <translation>%1 innehåller %2 filer; ett Word-dokument har långt färre, så det öppnades inte.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="157"/>
        <source>%1 would unpack to more than %2 MB, far more than a seminar&apos;s documentation, so it was not opened.</source>
        <translation>%1 skulle packas upp till mer än %2 MB, långt mer än dokumentationen av ett seminarium, så det öppnades inte.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="159"/>
        <source>%1 is an OpenDocument file, not a Word document (.docx); open it in LibreOffice, save it as a Word document (.docx) and import that.</source>
        <translation>%1 är en OpenDocument-fil, inte ett Word-dokument (.docx); öppna den i LibreOffice, spara den som Word-dokument (.docx) och importera det.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="161"/>
        <source>%1 is a zip file but not a Word document (.docx).</source>
        <translation>%1 är en zip-fil men inte ett Word-dokument (.docx).</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="162"/>
        <source>%1 contains XML with a document type declaration (%2), which Word documents never have; it was not read.</source>
        <translation>%1 innehåller XML med en dokumenttypdeklaration (%2), vilket Word-dokument aldrig har; det lästes inte.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="164"/>
        <source>read as a good example because it is in italics</source>
        <translation>läst som ett gott exempel eftersom det är kursivt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="165"/>
        <source>read as a good example because it is shaded</source>
        <translation>läst som ett gott exempel eftersom det är skuggat</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="166"/>
        <source>read as a good example because it is framed by a rule</source>
        <translation>läst som ett gott exempel eftersom det har en linje vid sidan</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="167"/>
        <source>read as a good example because it is set apart</source>
        <translation>läst som ett gott exempel eftersom det står avskilt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="168"/>
        <source>a heading</source>
        <translation>en rubrik</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="169"/>
        <source>bold</source>
        <translation>i fetstil</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="170"/>
        <source>large</source>
        <translation>stor</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="171"/>
        <source>read as part of the closing text because it comes after the thanks</source>
        <translation>läst som en del av avslutningen eftersom det kommer efter tacket</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="172"/>
        <source>read as a point although it is not in a list like the other points</source>
        <translation>läst som en punkt fast det inte står i en lista som de andra punkterna</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="173"/>
        <source>No sessions, group names or lists were recognised, so each paragraph became a point of one group in one session.</source>
        <translation>Inga pass, gruppnamn eller listor kändes igen, så varje stycke blev en punkt i en grupp i ett pass.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="175"/>
        <source>text before the first session or group was left out; give it a role to keep it</source>
        <translation>text före det första passet eller den första gruppen togs inte med; ge den en roll för att behålla den</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="176"/>
        <source>read as the title because it is the first line</source>
        <translation>läst som rubrik eftersom det är första raden</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="177"/>
        <source>read as a group name because it is %1 and short</source>
        <translation>läst som gruppnamn eftersom det är %1 och kort</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="178"/>
        <source>read as a session because it is more prominent than the group names (%1)</source>
        <translation>läst som pass eftersom det framträder mer än gruppnamnen (%1)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="179"/>
        <source>read as a session because of its name, though it looks like the group names (%1)</source>
        <translation>läst som pass på grund av namnet, fast det ser ut som gruppnamnen (%1)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="180"/>
        <source>read as a group name because it is %1 and short, though less prominent than the other group names</source>
        <translation>läst som gruppnamn eftersom det är %1 och kort, fast det framträder mindre än de andra gruppnamnen</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="182"/>
        <source>Word list level %1 became level 3, the deepest a point can be</source>
        <translation>Listnivå %1 i Word blev nivå 3, den djupaste en punkt kan ha</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="183"/>
        <source>read as the session&apos;s question because it is in italics next to a session</source>
        <translation>läst som passets fråga eftersom det är kursivt intill ett pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="184"/>
        <source>read as the session&apos;s question because it is a question next to a session</source>
        <translation>läst som passets fråga eftersom det är en fråga intill ett pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="185"/>
        <source>kept as one point; the &apos; - &apos; inside it may start a sub-point</source>
        <translation>behållet som en punkt; &apos; - &apos; inuti kan inleda en underpunkt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="186"/>
        <source>a list typed inside one paragraph, read as a point with sub-points</source>
        <translation>en lista skriven i ett enda stycke, läst som en punkt med underpunkter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="187"/>
        <source>it does not start with &apos;Seminarium med&apos;, so the speaker and venue are a guess</source>
        <translation>den börjar inte med &apos;Seminarium med&apos;, så talare och plats är gissade</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="188"/>
        <source>it has more commas than speaker, venue and date need, so where the speaker&apos;s name ends is a guess</source>
        <translation>den har fler kommatecken än talare, plats och datum behöver, så var talarens namn slutar är gissat</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="190"/>
        <source>it has more than three parts; the last ones were read as the organisation</source>
        <translation>den har fler än tre delar; de sista lästes som organisationen</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="191"/>
        <source>it has two parts; the second was read as the role, not the organisation</source>
        <translation>den har två delar; den andra lästes som rollen, inte organisationen</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="192"/>
        <source>line %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="193"/>
        <source>read as speaker, venue and date, but %1</source>
        <translation>läst som talare, plats och datum, men %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="194"/>
        <source>a question or group before the first session went into a session without a name</source>
        <translation>en fråga eller grupp före det första passet hamnade i ett pass utan namn</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="195"/>
        <source>points before the first group name went into a group without a name</source>
        <translation>punkter före det första gruppnamnet hamnade i en grupp utan namn</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="196"/>
        <source>level lowered to %1: a point is at most one level deeper than the one before it</source>
        <translation>nivån sänktes till %1: en punkt ligger högst en nivå djupare än den före</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="197"/>
        <source>read as the contact person, but %1</source>
        <translation>läst som kontaktperson, men %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="198"/>
        <source>was the title until line %1 was made the title</source>
        <translation>var rubrik tills rad %1 gjordes till rubrik</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="199"/>
        <source>was the subtitle (speaker, venue and date) until line %1 was made the subtitle</source>
        <translation>var underrubrik (talare, plats och datum) tills rad %1 gjordes till underrubrik</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="200"/>
        <source>was the document type until line %1 was made the document type</source>
        <translation>var dokumenttyp tills rad %1 gjordes till dokumenttyp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="201"/>
        <source>was the thanks until line %1 was made the thanks</source>
        <translation>var tacket tills rad %1 gjordes till tacket</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="202"/>
        <source>was the compiler&apos;s name until line %1 was made the compiler&apos;s name</source>
        <translation>var sammanställarens namn tills rad %1 gjordes till sammanställarens namn</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="203"/>
        <source>was the phone number until line %1 was made the phone number</source>
        <translation>var telefonnumret tills rad %1 gjordes till telefonnumret</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="204"/>
        <source>was the e-mail address until line %1 was made the e-mail address</source>
        <translation>var e-postadressen tills rad %1 gjordes till e-postadressen</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/common/core_messages.py" line="205"/>
        <source>was the website until line %1 was made the website</source>
        <translation>var webbplatsen tills rad %1 gjordes till webbplatsen</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../seminarnotes/ui/library/damaged_dialog.py" line="31"/>
        <source>%1 (seminars: %2)</source>
        <translation>%1 (seminarier: %2)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/damaged_dialog.py" line="40"/>
        <source>The library is damaged</source>
        <translation>Biblioteket är skadat</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/damaged_dialog.py" line="41"/>
        <source>The library %1 is damaged: SQLite cannot read all of it. Seminarnotes will not write to it.</source>
        <translation>Biblioteket %1 är skadat: SQLite kan inte läsa allt i det. Seminarnotes skriver inte till det.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/damaged_dialog.py" line="43"/>
        <source>Restore the newest sound backup, or rescue what can still be read into a new library. Either way the damaged file is kept beside the library, with “damaged” and the date in its name.</source>
        <translation>Återställ den nyaste hela säkerhetskopian, eller rädda det som fortfarande går att läsa till ett nytt bibliotek. I båda fallen sparas den skadade filen bredvid biblioteket, med ”damaged” och datumet i namnet.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/damaged_dialog.py" line="47"/>
        <source>There is no sound backup to restore. Rescue what can still be read into a new library; the damaged file is kept beside the library, with “damaged” and the date in its name.</source>
        <translation>Det finns ingen hel säkerhetskopia att återställa. Rädda det som fortfarande går att läsa till ett nytt bibliotek; den skadade filen sparas bredvid biblioteket, med ”damaged” och datumet i namnet.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/damaged_dialog.py" line="54"/>
        <source>Restore the backup of %1</source>
        <translation>Återställ säkerhetskopian från %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/damaged_dialog.py" line="56"/>
        <source>Rescue what can be read</source>
        <translation>Rädda det som går att läsa</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/damaged_dialog.py" line="57"/>
        <source>Not now</source>
        <translation>Inte nu</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/library/damaged_dialog.py" line="57"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../seminarnotes/ui/forms/date_field.py" line="61"/>
        <source>Write the year with four digits, as in 2014-04-08.</source>
        <translation>Skriv året med fyra siffror, som i 2014-04-08.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/date_field.py" line="63"/>
        <source>Write the year first, as in 2014-04-08; %1 can be read more than one way.</source>
        <translation>Skriv året först, som i 2014-04-08; %1 kan läsas på mer än ett sätt.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/date_field.py" line="67"/>
        <source>“%1” is not a date; write it as 2014-04-08.</source>
        <translation>”%1” är inget datum; skriv det som 2014-04-08.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/date_field.py" line="70"/>
        <source>%1 is not a year between %2 and %3.</source>
        <translation>%1 är inget år mellan %2 och %3.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/date_field.py" line="73"/>
        <source>There is no month %1; months go from 1 to 12.</source>
        <translation>Det finns ingen månad %1; månaderna går från 1 till 12.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/date_field.py" line="78"/>
        <source>%1 %2 has no day %3; it has %4 days.</source>
        <translation>%1 %2 har ingen dag %3; den har %4 dagar.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/date_field.py" line="136"/>
        <source>No date (yyyy-mm-dd)</source>
        <translation>Inget datum (åååå-mm-dd)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/date_field.py" line="137"/>
        <source>Type the date as 2014-04-08 (2014-4-8 and 20140408 work too); clear it for no date. Alt+Down opens a calendar.</source>
        <translation>Skriv datumet som 2014-04-08 (2014-4-8 och 20140408 går också); töm fältet för inget datum. Alt+Ned öppnar en kalender.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/date_field.py" line="149"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Välj datumet i en kalender (Alt+Ned)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/date_field.py" line="150"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="112"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="115"/>
        <source>Key</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="116"/>
        <source>Action</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="136"/>
        <source>About Seminarnotes</source>
        <translation>Om Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="136"/>
        <source>&lt;h3&gt;Seminarnotes %1&lt;/h3&gt;&lt;p&gt;Document seminar group discussions as they are said, and send every participant a Word document.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seminarnotes %1&lt;/h3&gt;&lt;p&gt;Dokumentera gruppdiskussionerna på ett seminarium medan de förs, och skicka ett Word-dokument till varje deltagare.&lt;/p&gt;&lt;p&gt;Licensierad under GNU GPL, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="61"/>
        <source>Seminar</source>
        <translation>Seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="63"/>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="83"/>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="188"/>
        <source>Export to Word</source>
        <translation>Exportera till Word</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="64"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="87"/>
        <source>Word export is not available in this installation.</source>
        <translation>Export till Word finns inte i den här installationen.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="107"/>
        <source>PDF export needs LibreOffice, which is not installed; install LibreOffice to use it.</source>
        <translation>Export till PDF behöver LibreOffice, som inte är installerat; installera LibreOffice för att använda den.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="119"/>
        <source>Save the Word document as a PDF for participants</source>
        <translation>Spara Word-dokumentet som en PDF till deltagarna</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="133"/>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="134"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="138"/>
        <source>LibreOffice is making the PDF…</source>
        <translation>LibreOffice gör PDF-filen…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="187"/>
        <source>The seminar was saved as %1.</source>
        <translation>Seminariet sparades som %1.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="190"/>
        <source>Open document</source>
        <translation>Öppna dokumentet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/export_dialog.py" line="192"/>
        <source>Show folder</source>
        <translation>Visa mappen</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../seminarnotes/ui/common/file_dialogs.py" line="49"/>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../seminarnotes/ui/archive/find_bar.py" line="59"/>
        <source>Find in this seminar</source>
        <translation>Sök i det här seminariet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/find_bar.py" line="66"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Nästa träff</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/find_bar.py" line="69"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Föregående träff</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/find_bar.py" line="72"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/find_bar.py" line="73"/>
        <source>Close the find bar (Escape)</source>
        <translation>Stäng sökfältet (Esc)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/find_bar.py" line="82"/>
        <source>Fi&amp;nd:</source>
        <translation>S&amp;ök:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/find_bar.py" line="86"/>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/find_bar.py" line="86"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/find_bar.py" line="207"/>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/find_bar.py" line="209"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
</context>
<context>
    <name>GroupForm</name>
    <message>
        <location filename="../../seminarnotes/ui/forms/group_form.py" line="53"/>
        <source>Municipality or workplace</source>
        <translation>Kommun eller arbetsplats</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/group_form.py" line="63"/>
        <source>Group &amp;name:</source>
        <translation>Gruppens &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/group_form.py" line="68"/>
        <source>&amp;Points:</source>
        <translation>&amp;Punkter:</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/window/history.py" line="58"/>
        <source>%1 “%2” takes %n point(s) out of the seminar.</source>
        <translation>
            <numerusform>%1 ”%2” tar bort %n punkt ur seminariet.</numerusform>
            <numerusform>%1 ”%2” tar bort %n punkter ur seminariet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HitModel</name>
    <message>
        <location filename="../../seminarnotes/ui/archive/search_panel.py" line="87"/>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/search_panel.py" line="91"/>
        <source>seminar title</source>
        <translation>seminariets titel</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/search_panel.py" line="93"/>
        <source>session: %1</source>
        <translation>pass: %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/search_panel.py" line="97"/>
        <source>group: %1</source>
        <translation>grupp: %1</translation>
    </message>
</context>
<context>
    <name>LibrarySession</name>
    <message>
        <location filename="../../seminarnotes/ui/session.py" line="49"/>
        <location filename="../../seminarnotes/ui/session.py" line="107"/>
        <location filename="../../seminarnotes/ui/session.py" line="140"/>
        <location filename="../../seminarnotes/ui/session.py" line="144"/>
        <source>Seminarnotes</source>
        <translation>Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/session.py" line="150"/>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/session.py" line="159"/>
        <source>The library was restored from the backup %1.</source>
        <translation>Biblioteket återställdes från säkerhetskopian %1.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/session.py" line="162"/>
        <source>The damaged library is kept as %1.</source>
        <translation>Det skadade biblioteket sparas som %1.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/session.py" line="174"/>
        <source>%1 seminars and %2 points were rescued. The damaged library is kept as %3.</source>
        <translation>%1 seminarier och %2 punkter räddades. Det skadade biblioteket sparas som %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../seminarnotes/ui/window/seminar_page.py" line="53"/>
        <source>No seminar is open.

File › New seminar (Ctrl+N) starts one;
File › New from sample shows what a finished one looks like.</source>
        <translation>Inget seminarium är öppet.

Arkiv › Nytt seminarium (Ctrl+N) startar ett nytt;
Arkiv › Nytt från exempel visar hur ett färdigt ser ut.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/main_window.py" line="113"/>
        <source>All changes saved</source>
        <translation>Alla ändringar är sparade</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="37"/>
        <source>&amp;New seminar</source>
        <translation>&amp;Nytt seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="38"/>
        <source>New from &amp;sample</source>
        <translation>Nytt &amp;från exempel</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="39"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="40"/>
        <source>&amp;Export to Word…</source>
        <translation>Exportera till &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="41"/>
        <source>Export P&amp;DF…</source>
        <translation>Exportera P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="42"/>
        <source>Export &amp;package…</source>
        <translation>Exportera &amp;paket…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="43"/>
        <source>&amp;Import package…</source>
        <translation>&amp;Importera paket…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="44"/>
        <source>Import &amp;Word document…</source>
        <translation>Importera Word-dok&amp;ument…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="47"/>
        <source>Sa&amp;ve now</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="51"/>
        <location filename="../../seminarnotes/ui/window/history.py" line="55"/>
        <location filename="../../seminarnotes/ui/window/history.py" line="77"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="52"/>
        <location filename="../../seminarnotes/ui/window/history.py" line="56"/>
        <location filename="../../seminarnotes/ui/window/history.py" line="79"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="54"/>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="55"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="56"/>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="57"/>
        <source>Add &amp;session</source>
        <translation>Lägg till &amp;pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="58"/>
        <source>Add &amp;group</source>
        <translation>Lägg till &amp;grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="59"/>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="60"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="71"/>
        <source>&amp;Next group</source>
        <translation>&amp;Nästa grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="72"/>
        <source>&amp;Previous group</source>
        <translation>&amp;Föregående grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="73"/>
        <source>Go to &amp;tree</source>
        <translation>Gå till &amp;trädet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="74"/>
        <source>Go to &amp;form</source>
        <translation>Gå till f&amp;ormuläret</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="76"/>
        <source>&amp;Zoom in</source>
        <translation>Stö&amp;rre text</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="78"/>
        <source>Zoom o&amp;ut</source>
        <translation>Min&amp;dre text</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="79"/>
        <source>Normal te&amp;xt size</source>
        <translation>Normal te&amp;xtstorlek</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="80"/>
        <source>Pro&amp;jector view</source>
        <translation>Projektor&amp;vy</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="82"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="83"/>
        <source>&amp;About Seminarnotes</source>
        <translation>&amp;Om Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="109"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="120"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="126"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="129"/>
        <source>Projector &amp;screen</source>
        <translation>Projektors&amp;kärm</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="130"/>
        <source>Projector opt&amp;ions</source>
        <translation>Projektor&amp;inställningar</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="131"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/main_window.py" line="125"/>
        <location filename="../../seminarnotes/ui/window/main_window.py" line="315"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/points_saving.py" line="113"/>
        <source>%1 (your text, %2)</source>
        <translation>%1 (din text, %2)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/seminar_page.py" line="173"/>
        <source>Both texts kept</source>
        <translation>Båda texterna finns kvar</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/seminar_page.py" line="174"/>
        <source>Another program changed “%1” while you were typing in it. Both texts are kept: the other one in “%1”, yours in “%2”.</source>
        <translation>Ett annat program ändrade ”%1” medan du skrev i den. Båda texterna finns kvar: den andra i ”%1”, din i ”%2”.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/main_window.py" line="263"/>
        <source>Seminarnotes</source>
        <translation>Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/main_window.py" line="265"/>
        <source>Untitled seminar</source>
        <translation>Namnlöst seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/main_window.py" line="266"/>
        <source>%1 — Seminarnotes</source>
        <translation>%1 — Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/main_window.py" line="297"/>
        <source>Text size %1 %</source>
        <translation>Textstorlek %1 %</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/transfers.py" line="60"/>
        <source>Import package</source>
        <translation>Importera paket</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/transfers.py" line="61"/>
        <location filename="../../seminarnotes/ui/import_export/transfers.py" line="113"/>
        <source>Seminarnotes packages (*%1)</source>
        <translation>Seminarnotes-paket (*%1)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/transfers.py" line="114"/>
        <source>Export package</source>
        <translation>Exportera paket</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/transfers.py" line="117"/>
        <source>Exported %1</source>
        <translation>Exporterade %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/seminar_page.py" line="254"/>
        <source>Add group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/seminar_page.py" line="309"/>
        <source>Delete the group “%1” and its points (%2)?</source>
        <translation>Vill du ta bort gruppen ”%1” och alla dess punkter (%2)?</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/seminar_page.py" line="312"/>
        <source>Delete the session “%1” with its groups (%3) and points (%2)?</source>
        <translation>Vill du ta bort passet ”%1” med alla dess grupper (%3) och punkter (%2)?</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/seminar_page.py" line="317"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/seminar_page.py" line="316"/>
        <source>Edit › Undo brings it back.</source>
        <translation>Redigera › Ångra tar tillbaka det.</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” takes %n point(s) out of the seminar.</source>
        <translation type="vanished">
            <numerusform>%1 ”%2” tar bort %n punkt ur seminariet.</numerusform>
            <numerusform>%1 ”%2” tar bort %n punkter ur seminariet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/history.py" line="60"/>
        <source>Redo brings them back.</source>
        <translation>Gör om tar tillbaka dem.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/history.py" line="61"/>
        <source>Undo brings them back.</source>
        <translation>Ångra tar tillbaka dem.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/history.py" line="78"/>
        <source>Undo %1</source>
        <translation>Ångra %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/history.py" line="80"/>
        <source>Redo %1</source>
        <translation>Gör om %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/main_window.py" line="316"/>
        <source>Your last changes could not be saved. Close anyway and lose them?</source>
        <translation>Dina senaste ändringar kunde inte sparas. Vill du stänga ändå och förlora dem?</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="64"/>
        <source>&amp;Find in this seminar…</source>
        <translation>&amp;Sök i det här seminariet…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/actions.py" line="69"/>
        <source>Search &amp;all seminars…</source>
        <translation>Sök i &amp;alla seminarier…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/main_window.py" line="261"/>
        <source>Seminars — Seminarnotes</source>
        <translation>Seminarier — Seminarnotes</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/navigation.py" line="116"/>
        <source>Untitled seminar</source>
        <translation>Namnlöst seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/navigation.py" line="162"/>
        <source>Search all seminars</source>
        <translation>Sök i alla seminarier</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/navigation.py" line="167"/>
        <source>Close search</source>
        <translation>Stäng sökningen</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="274"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="427"/>
        <source>Mark as highlight</source>
        <translation>Markera som lyft</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="275"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="419"/>
        <source>Move point up</source>
        <translation>Flytta upp punkten</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="276"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="419"/>
        <source>Move point down</source>
        <translation>Flytta ned punkten</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="277"/>
        <source>Indent point</source>
        <translation>Öka punktens indrag</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="278"/>
        <source>Outdent point</source>
        <translation>Minska punktens indrag</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="279"/>
        <source>Paste as plain text</source>
        <translation>Klistra in som oformaterad text</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="280"/>
        <source>Type the group&apos;s points: Enter for the next point, Tab for a sub-point, Ctrl+H for a highlight</source>
        <translation>Skriv gruppens punkter: Enter för nästa punkt, Tab för en underpunkt, Ctrl+H för ett lyft</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="297"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="298"/>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="301"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="539"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="543"/>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="302"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="303"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="476"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="490"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="526"/>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="309"/>
        <source>Select All</source>
        <translation>Markera allt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="345"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="353"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="377"/>
        <source>Typing</source>
        <translation>Skrivning</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="345"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="367"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="367"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="385"/>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="404"/>
        <source>Outdent</source>
        <translation>Minska indrag</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="365"/>
        <source>New point</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="391"/>
        <source>Merge points</source>
        <translation>Slå ihop punkter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="391"/>
        <source>Delete point</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="398"/>
        <source>Indent</source>
        <translation>Öka indrag</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="427"/>
        <source>Remove highlight</source>
        <translation>Ta bort lyft</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/editor/widget.py" line="596"/>
        <source>Edit</source>
        <translation>Redigering</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector.py" line="180"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Större text</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector.py" line="182"/>
        <source>S&amp;maller text</source>
        <translation>&amp;Mindre text</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector.py" line="185"/>
        <source>L&amp;ight colours (dark text on white)</source>
        <translation>L&amp;jusa färger (mörk text på vitt)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector.py" line="186"/>
        <source>&amp;Dark colours (light text on black)</source>
        <translation>Mö&amp;rka färger (ljus text på svart)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector.py" line="192"/>
        <source>Only the &amp;current group</source>
        <translation>Bara &amp;aktuell grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector.py" line="193"/>
        <source>The &amp;whole session</source>
        <translation>&amp;Hela passet</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector.py" line="198"/>
        <source>&amp;Full screen (double click on the view)</source>
        <translation>He&amp;lskärm (dubbelklicka på vyn)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector.py" line="211"/>
        <source>Projector &amp;screen</source>
        <translation>Projektors&amp;kärm</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector.py" line="259"/>
        <source>&amp;Automatic: a screen other than this window&apos;s</source>
        <translation>&amp;Automatiskt: en annan skärm än det här fönstrets</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector.py" line="264"/>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector.py" line="267"/>
        <source>%1, this window&apos;s screen</source>
        <translation>%1, det här fönstrets skärm</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../seminarnotes/ui/venue/projector_view.py" line="142"/>
        <source>Projector view — Seminarnotes</source>
        <translation>Projektorvy — Seminarnotes</translation>
    </message>
</context>
<context>
    <name>Recent</name>
    <message>
        <location filename="../../seminarnotes/ui/window/recent.py" line="29"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna s&amp;enaste</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/recent.py" line="46"/>
        <source>Untitled seminar</source>
        <translation>Namnlöst seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/recent.py" line="58"/>
        <source>No recent seminars</source>
        <translation>Inga nyligen öppnade seminarier</translation>
    </message>
</context>
<context>
    <name>Reimport</name>
    <message>
        <location filename="../../seminarnotes/ui/import_export/reimport.py" line="29"/>
        <source>Import package</source>
        <translation>Importera paket</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/reimport.py" line="30"/>
        <source>“%1” is already in your library.</source>
        <translation>”%1” finns redan i ditt bibliotek.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/reimport.py" line="31"/>
        <source>Untitled seminar</source>
        <translation>Namnlöst seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/reimport.py" line="33"/>
        <source>The seminar you have says the same as the package.</source>
        <translation>Seminariet du har innehåller samma sak som paketet.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/reimport.py" line="35"/>
        <source>The seminar you have and the package differ now; a copy keeps both.</source>
        <translation>Seminariet du har och paketet skiljer sig nu åt; en kopia behåller båda.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/reimport.py" line="37"/>
        <source>&amp;Open the one you have</source>
        <translation>&amp;Öppna det du har</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/reimport.py" line="38"/>
        <source>Import a &amp;copy</source>
        <translation>Importera en &amp;kopia</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../seminarnotes/ui/archive/search_panel.py" line="146"/>
        <source>Search all seminars: words, prefix*, &quot;a phrase&quot;</source>
        <translation>Sök i alla seminarier: ord, ordbörj*, &quot;en fras&quot;</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/search_panel.py" line="188"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/search_panel.py" line="209"/>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/archive/search_panel.py" line="211"/>
        <source>The first %n matches</source>
        <translation>
            <numerusform>Första %n träffen</numerusform>
            <numerusform>De första %n träffarna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/archive/search_panel.py" line="213"/>
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
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="48"/>
        <source>Seminar</source>
        <translation>Seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="49"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="49"/>
        <source>What the seminar was about</source>
        <translation>Vad seminariet handlade om</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="50"/>
        <source>S&amp;peaker:</source>
        <translation>Ta&amp;lare:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="51"/>
        <source>Ve&amp;nue:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="vanished">Inget datum</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="55"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="56"/>
        <source>Document t&amp;ype:</source>
        <translation>D&amp;okumenttyp:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="57"/>
        <source>Dokumentation av gruppdiskussioner</source>
        <translation>Dokumentation av gruppdiskussioner</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="58"/>
        <source>&amp;Organiser:</source>
        <translation>Arran&amp;gör:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="60"/>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="61"/>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="64"/>
        <source>Document &amp;language:</source>
        <translation>Dokument&amp;språk:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="66"/>
        <source>Closing</source>
        <translation>Avslutning</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="67"/>
        <source>Thanks:</source>
        <translation>Tack:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="67"/>
        <source>Thank you for taking part!</source>
        <translation>Tack för att du deltog!</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="68"/>
        <source>About:</source>
        <translation>Om:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="68"/>
        <source>Who organised the seminar and why</source>
        <translation>Vem som arrangerade seminariet och varför</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="69"/>
        <source>Compiled by:</source>
        <translation>Sammanställt av:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="70"/>
        <source>Website:</source>
        <translation>Webbplats:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="72"/>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="73"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="74"/>
        <source>Role:</source>
        <translation>Roll:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="75"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="76"/>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="77"/>
        <source>Email:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="79"/>
        <source>Word export</source>
        <translation>Export till Word</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="81"/>
        <source>2014-04-08</source>
        <translation>2014-04-08</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="82"/>
        <source>8 April 2014</source>
        <translation>8 april 2014</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="83"/>
        <source>140408</source>
        <translation>140408</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="86"/>
        <source>Date format:</source>
        <translation>Datumformat:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="87"/>
        <source>Start each session on a new page</source>
        <translation>Börja varje pass på en ny sida</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="88"/>
        <source>Include groups without points</source>
        <translation>Ta med grupper utan punkter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="89"/>
        <source>Write page numbers as “Sida 1 (7)”</source>
        <translation>Skriv sidnummer som ”Sida 1 (7)”</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="97"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="99"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="104"/>
        <source>Logo:</source>
        <translation>Logotyp:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="142"/>
        <source>Choose a logo</source>
        <translation>Välj en logotyp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="143"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="154"/>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="160"/>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="164"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="160"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kan inte läsas: %2.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="165"/>
        <source>The logo must be a PNG or JPEG image of at most 5 MB.</source>
        <translation>Logotypen måste vara en PNG- eller JPEG-bild på högst 5 MB.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/seminar_form.py" line="180"/>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
</context>
<context>
    <name>SeminarTableModel</name>
    <message>
        <location filename="../../seminarnotes/ui/archive/seminar_table.py" line="89"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/seminar_table.py" line="89"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/seminar_table.py" line="89"/>
        <source>Venue</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/seminar_table.py" line="89"/>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/seminar_table.py" line="89"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/seminar_table.py" line="90"/>
        <source>Points</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/seminar_table.py" line="90"/>
        <source>Kept until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/seminar_table.py" line="112"/>
        <source>%1
Speaker: %2</source>
        <translation>%1
Talare: %2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/seminar_table.py" line="120"/>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/archive/seminar_table.py" line="121"/>
        <source>%1 (archived)</source>
        <translation>%1 (arkiverat)</translation>
    </message>
</context>
<context>
    <name>SeminarTreeModel</name>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/tree/model.py" line="214"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/tree/model.py" line="307"/>
        <source>Untitled seminar</source>
        <translation>Namnlöst seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/tree/model.py" line="308"/>
        <source>Unnamed session</source>
        <translation>Namnlöst pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/tree/model.py" line="309"/>
        <source>Unnamed group</source>
        <translation>Namnlös grupp</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../seminarnotes/ui/forms/session_form.py" line="29"/>
        <source>Session &amp;name:</source>
        <translation>Passets &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/session_form.py" line="29"/>
        <source>e.g. Morning</source>
        <translation>t.ex. Förmiddag</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/session_form.py" line="30"/>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/forms/session_form.py" line="30"/>
        <source>What the groups discuss</source>
        <translation>Vad grupperna diskuterar</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="50"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="51"/>
        <source>New point after this one, same level (splits the point at the cursor)</source>
        <translation>Ny punkt efter den här, på samma nivå (delar punkten vid markören)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="52"/>
        <source>Enter on an empty point</source>
        <translation>Enter på en tom punkt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="53"/>
        <source>Outdent it; on an empty top-level point nothing is added</source>
        <translation>Minska punktens indrag; på en tom punkt på översta nivån läggs ingen ny punkt till</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="54"/>
        <source>Shift+Enter</source>
        <translation>Skift+Enter</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="55"/>
        <source>Line break inside the point</source>
        <translation>Radbrytning i punkten</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="70"/>
        <source>%1, then %2</source>
        <translation>%1, sedan %2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="86"/>
        <source>%1 (in the tree)</source>
        <translation>%1 (i trädet)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="88"/>
        <source>%1, then Enter / %2, Shift+Enter / %3</source>
        <translation>%1, sedan Enter / %2, Skift+Enter / %3</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="102"/>
        <source>Larger / smaller / normal text in the points; with the mouse over the projector view, its text</source>
        <translation>Större / mindre / normal text i punkterna; med musen över projektorvyn, dess text</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="104"/>
        <source>%1, Esc</source>
        <translation>%1, Esc</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="105"/>
        <source>Open / close the projector view: the current group in large type on the projector, as you type</source>
        <translation>Öppna / stäng projektorvyn: den aktuella gruppen i stor stil på projektorn medan du skriver</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation type="vanished">Tab / Skift+Tab</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="57"/>
        <source>Indent / outdent the point (and the selected points)</source>
        <translation>Öka / minska punktens indrag (och de markerade punkternas)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="58"/>
        <source>Backspace at the start of a point</source>
        <translation>Backsteg i början av en punkt</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="59"/>
        <source>Outdent if indented, else merge into the previous point</source>
        <translation>Minska indraget om punkten är indragen, annars slå ihop den med föregående punkt</translation>
    </message>
    <message>
        <source>Alt+Shift+Up / Down, Ctrl+Shift+Up / Down</source>
        <translation type="vanished">Alt+Skift+Upp / Ned, Ctrl+Skift+Upp / Ned</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="61"/>
        <source>Move the point with its sub-points up / down; in the tree, move the session or group</source>
        <translation>Flytta punkten med dess underpunkter uppåt / nedåt; i trädet: flytta passet eller gruppen</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="vanished">Ctrl+H</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="64"/>
        <source>Mark the point(s) as a highlight (a workplace&apos;s own good example)</source>
        <translation>Markera punkten eller punkterna som lyft (en arbetsplats egna goda exempel)</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y</source>
        <translation type="vanished">Ctrl+Z / Ctrl+Skift+Z, Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="66"/>
        <source>Undo / redo, also for moves, indents and highlights</source>
        <translation>Ångra / gör om, även för flyttningar, indrag och lyft</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation type="vanished">Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="68"/>
        <source>Paste several lines as one point per line; indentation and bullets set the level</source>
        <translation>Klistra in flera rader som en punkt per rad; indrag och punkttecken avgör nivån</translation>
    </message>
    <message>
        <source>Ctrl+X / Ctrl+C, then Ctrl+V</source>
        <translation type="vanished">Ctrl+X / Ctrl+C, sedan Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="72"/>
        <source>Whole points move or copy with their level and highlight; a cut leaves no empty point</source>
        <translation>Hela punkter flyttas eller kopieras med sin nivå och sitt lyft; urklippta punkter lämnar ingen tom punkt efter sig</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="vanished">Ctrl+Skift+V</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="75"/>
        <source>Paste as plain text into the current point</source>
        <translation>Klistra in som oformaterad text i den aktuella punkten</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="76"/>
        <source>Alt+Down (in the date)</source>
        <translation>Alt+Ned (i datumet)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="77"/>
        <source>Choose the date in a calendar</source>
        <translation>Välj datumet i en kalender</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translation type="vanished">Ctrl+PgDown / Ctrl+PgUp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="79"/>
        <source>Next / previous group, across sessions</source>
        <translation>Nästa / föregående grupp, även i nästa eller föregående pass</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="vanished">Ctrl+Skift+N</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="81"/>
        <source>New group in the current session, cursor in its name</source>
        <translation>Ny grupp i det aktuella passet, med markören i gruppens namn</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation type="vanished">Ctrl+Alt+N</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="83"/>
        <source>New session</source>
        <translation>Nytt pass</translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="vanished">F2</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="85"/>
        <source>Rename the selected item in the tree</source>
        <translation>Byt namn på det som är markerat i trädet</translation>
    </message>
    <message>
        <source>Delete (in the tree)</source>
        <translation type="vanished">Delete (i trädet)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="87"/>
        <source>Delete the selected group or session, after asking</source>
        <translation>Ta bort den markerade gruppen eller det markerade passet, efter en fråga</translation>
    </message>
    <message>
        <source>Ctrl+F, then Enter / F3, Shift+Enter / Shift+F3</source>
        <translation type="vanished">Ctrl+F, sedan Enter / F3, Skift+Enter / Skift+F3</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="91"/>
        <source>Find in this seminar: next / previous match, across groups and sessions; Escape closes</source>
        <translation>Sök i det här seminariet: nästa / föregående träff, genom alla grupper och pass; Esc stänger</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="vanished">Ctrl+Skift+F</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="94"/>
        <source>Search all seminars</source>
        <translation>Sök i alla seminarier</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="vanished">Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="96"/>
        <source>The archive of all seminars: filter, open, reuse a structure, delete, restore</source>
        <translation>Listan över alla seminarier: filtrera, öppna, återanvänd en struktur, ta bort, återställ</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="vanished">Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="98"/>
        <source>Export to Word</source>
        <translation>Exportera till Word</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="vanished">Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/window/dialogs.py" line="100"/>
        <source>Save now (changes are saved within a second anyway)</source>
        <translation>Spara nu (ändringar sparas ändå inom en sekund)</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <location filename="../../seminarnotes/ui/tree/structure.py" line="110"/>
        <source>Rename group</source>
        <translation>Byt namn på grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/tree/structure.py" line="116"/>
        <source>Rename session</source>
        <translation>Byt namn på pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/tree/structure.py" line="122"/>
        <source>Rename seminar</source>
        <translation>Ändra seminariets titel</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/tree/structure_commands.py" line="74"/>
        <source>Add session</source>
        <translation>Lägg till pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/tree/structure_commands.py" line="99"/>
        <source>Add group</source>
        <translation>Lägg till grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/tree/structure_commands.py" line="156"/>
        <source>Delete group</source>
        <translation>Ta bort grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/tree/structure_commands.py" line="177"/>
        <source>Delete session</source>
        <translation>Ta bort pass</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/tree/structure_commands.py" line="198"/>
        <source>Move group</source>
        <translation>Flytta grupp</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/tree/structure_commands.py" line="213"/>
        <source>Move session</source>
        <translation>Flytta pass</translation>
    </message>
</context>
<context>
    <name>UserErrors</name>
    <message>
        <location filename="../../seminarnotes/ui/common/user_errors.py" line="31"/>
        <source>Seminarnotes</source>
        <translation>Seminarnotes</translation>
    </message>
</context>
<context>
    <name>WordImport</name>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="284"/>
        <source>Import Word document</source>
        <translation>Importera Word-dokument</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="285"/>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Word-dokument (*.docx);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/transfers.py" line="98"/>
        <source>Imported “%1”</source>
        <translation>Importerade ”%1”</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import_model.py" line="156"/>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
</context>
<context>
    <name>WordImportDialog</name>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="96"/>
        <source>Import Word document — %1</source>
        <translation>Importera Word-dokument — %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="102"/>
        <source>Recognised seminar</source>
        <translation>Igenkänt seminarium</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="117"/>
        <source>&amp;Read line as:</source>
        <translation>&amp;Läs raden som:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="119"/>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;vå:</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="126"/>
        <source>Keys in the tree: S session, Q question, G group, P point, H highlight, T title, I ignore; Tab / Shift+Tab change a point&apos;s level; Ctrl+Z takes a change back; F3 goes to the next uncertain line.</source>
        <translation>Tangenter i trädet: S pass, Q fråga, G grupp, P punkt, H lyft, T titel, I hoppa över; Tab / Skift+Tab ändrar en punkts nivå; Ctrl+Z tar tillbaka en ändring; F3 går till nästa osäkra rad.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="131"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="232"/>
        <source>Sessions: %1, groups: %2, points: %3.</source>
        <translation>Pass: %1, grupper: %2, punkter: %3.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="236"/>
        <source>Lines that are guesses, marked with a warning sign: %1. Check them before importing.</source>
        <translation>Rader som är gissningar, markerade med en varningssymbol: %1. Kontrollera dem innan du importerar.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="239"/>
        <source>Every line was recognised with certainty.</source>
        <translation>Alla rader kändes igen med säkerhet.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="252"/>
        <source>Line %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="256"/>
        <source>Read as you set it.</source>
        <translation>Läses som du har angett.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="258"/>
        <source>Recognised with certainty.</source>
        <translation>Igenkänd med säkerhet.</translation>
    </message>
    <message>
        <location filename="../../seminarnotes/ui/import_export/word_import.py" line="260"/>
        <source>Not a line of the document: made from the lines around it.</source>
        <translation>Ingen rad i dokumentet: skapad utifrån raderna omkring.</translation>
    </message>
</context>
</TS>
