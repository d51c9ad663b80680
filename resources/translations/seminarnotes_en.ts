<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ArchiveView</name>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/archive/archive_view.py" line="253"/>
        <source>%n seminars</source>
        <translation>
            <numerusform>%n seminar</numerusform>
            <numerusform>%n seminars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/window/history.py" line="58"/>
        <source>%1 “%2” takes %n point(s) out of the seminar.</source>
        <translation>
            <numerusform>%1 “%2” takes %n point out of the seminar.</numerusform>
            <numerusform>%1 “%2” takes %n points out of the seminar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 “%2” takes %n point(s) out of the seminar.</source>
        <translation type="vanished">
            <numerusform>%1 “%2” takes %n point out of the seminar.</numerusform>
            <numerusform>%1 “%2” takes %n points out of the seminar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/archive/search_panel.py" line="211"/>
        <source>The first %n matches</source>
        <translation>
            <numerusform>The first %n match</numerusform>
            <numerusform>The first %n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/archive/search_panel.py" line="213"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeminarTreeModel</name>
    <message numerus="yes">
        <location filename="../../seminarnotes/ui/tree/model.py" line="214"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
</context>
</TS>
