<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="+426"/>
        <source>%1 of %n partner(s) shown</source>
        <translation>
            <numerusform>%1 of %n partner shown</numerusform>
            <numerusform>%1 of %n partners shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnerStore</name>
    <message numerus="yes">
        <location filename="../lib/partnerstore.cpp" line="+62"/>
        <source>… and %n more invalid entries.</source>
        <translation>
            <numerusform>… and %n more invalid entry.</numerusform>
            <numerusform>… and %n more invalid entries.</numerusform>
        </translation>
    </message>
</context>
</TS>
