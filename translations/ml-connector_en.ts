<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ProfileCommand</name>
    <message numerus="yes">
        <source>%1 is a valid profile with %n mapping(s).</source>
        <translation>
            <numerusform>%1 is a valid profile with %n mapping.</numerusform>
            <numerusform>%1 is a valid profile with %n mappings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (%n mapping(s)) into the data folder %2.</source>
        <translation>
            <numerusform>Imported %1 (%n mapping) into the data folder %2.</numerusform>
            <numerusform>Imported %1 (%n mappings) into the data folder %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a valid profile (%n problem(s)).</source>
        <translation>
            <numerusform>%1 is not a valid profile (%n problem).</numerusform>
            <numerusform>%1 is not a valid profile (%n problems).</numerusform>
        </translation>
    </message>
</context>
</TS>
