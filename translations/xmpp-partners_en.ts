<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CertificateCell</name>
    <message numerus="yes">
        <location filename="../lib/models/certificatecell.cpp" line="+23"/>
        <location filename="../app/editor/partneritemdelegate.cpp" line="+121"/>
        <source>%n day(s)</source>
        <comment>certificate: days left</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1: valid until %2, %n day(s) left</source>
        <comment>certificate: domain, date</comment>
        <translation>
            <numerusform>%1: valid until %2, %n day left</numerusform>
            <numerusform>%1: valid until %2, %n days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionProbe</name>
    <message numerus="yes">
        <location filename="../lib/probe/proberecorder.cpp" line="+149"/>
        <source>%1, %2; certificate of %3 issued by %4, valid until %5 (%n day(s) left).</source>
        <translation>
            <numerusform>%1, %2; certificate of %3 issued by %4, valid until %5 (%n day left).</numerusform>
            <numerusform>%1, %2; certificate of %3 issued by %4, valid until %5 (%n days left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DaneReport</name>
    <message numerus="yes">
        <location filename="../lib/report/danereport.cpp" line="+82"/>
        <source>DANE: the server&apos;s certificate matches none of the %n TLSA record(s) at %1.</source>
        <translation>
            <numerusform>DANE: the server&apos;s certificate does not match the TLSA record at %1.</numerusform>
            <numerusform>DANE: the server&apos;s certificate matches none of the %n TLSA records at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeploymentAdvice</name>
    <message numerus="yes">
        <location filename="../lib/advice/deploymentadvice.cpp" line="+174"/>
        <source>The Edge&apos;s external certificate (presented by %1) expires on %2, in %n day(s); renew it and assign the new certificate to the Access Edge&apos;s external interface before then.</source>
        <translation>
            <numerusform>The Edge&apos;s external certificate (presented by %1) expires on %2, in %n day; renew it and assign the new certificate to the Access Edge&apos;s external interface before then.</numerusform>
            <numerusform>The Edge&apos;s external certificate (presented by %1) expires on %2, in %n days; renew it and assign the new certificate to the Access Edge&apos;s external interface before then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeploymentJudge</name>
    <message numerus="yes">
        <location filename="../lib/probe/deploymentjudge.cpp" line="+309"/>
        <source>Valid until %1 (%n day(s) left).</source>
        <translation>
            <numerusform>Valid until %1 (%n day left).</numerusform>
            <numerusform>Valid until %1 (%n days left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message numerus="yes">
        <location filename="../lib/import/importplan.cpp" line="+114"/>
        <source>Import %n partner(s)</source>
        <translation>
            <numerusform>Import %n partner</numerusform>
            <numerusform>Import %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../app/import/importpreviewdialog.cpp" line="+140"/>
        <source>%n to change</source>
        <comment>suggested settings summary</comment>
        <translation>
            <numerusform>%n to change</numerusform>
            <numerusform>%n to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already set</source>
        <comment>suggested settings summary</comment>
        <translation>
            <numerusform>%n already set</numerusform>
            <numerusform>%n already set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <comment>suggested settings summary</comment>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n new</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n changed</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n unchanged</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused</source>
        <comment>import summary</comment>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&amp;Apply to %n partner(s)</source>
        <translation>
            <numerusform>&amp;Apply to %n partner</numerusform>
            <numerusform>&amp;Apply to %n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Import %n partner(s)</source>
        <translation>
            <numerusform>&amp;Import %n partner</numerusform>
            <numerusform>&amp;Import %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="+111"/>
        <source>%n partner(s) imported.</source>
        <translation>
            <numerusform>%n partner imported.</numerusform>
            <numerusform>%n partners imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Suggested settings applied to %n partner(s); test them again.</source>
        <translation>
            <numerusform>Suggested settings applied to %n partner; test it again.</numerusform>
            <numerusform>Suggested settings applied to %n partners; test them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+165"/>
        <source>Exported %n partner(s) to %1</source>
        <translation>
            <numerusform>Exported %n partner to %1</numerusform>
            <numerusform>Exported %n partners to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>%n passed</source>
        <comment>test summary</comment>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with warnings</source>
        <comment>test summary</comment>
        <translation>
            <numerusform>%n with a warning</numerusform>
            <numerusform>%n with warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <comment>test summary</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
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
        <location filename="../lib/file/partnerstore.cpp" line="+56"/>
        <source>… and %n more invalid entries.</source>
        <translation>
            <numerusform>… and %n more invalid entry.</numerusform>
            <numerusform>… and %n more invalid entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyCheck</name>
    <message numerus="yes">
        <location filename="../lib/probe/policycheck.cpp" line="+62"/>
        <source>The partner&apos;s certificate %1 expires in %n day(s), on %2, and federation with it stops then; ask the partner&apos;s administrator to renew it and install the new one before that date.</source>
        <translation>
            <numerusform>The partner&apos;s certificate %1 expires in %n day, on %2, and federation with it stops then; ask the partner&apos;s administrator to renew it and install the new one before that date.</numerusform>
            <numerusform>The partner&apos;s certificate %1 expires in %n days, on %2, and federation with it stops then; ask the partner&apos;s administrator to renew it and install the new one before that date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeRunController</name>
    <message numerus="yes">
        <location filename="../app/probe/proberuncontroller.cpp" line="+269"/>
        <source>The certificate of %1 ends in %n day(s), on %2: ask the partner&apos;s administrator to renew it before then.</source>
        <translation>
            <numerusform>The certificate of %1 ends in %n day, on %2: ask the partner&apos;s administrator to renew it before then.</numerusform>
            <numerusform>The certificate of %1 ends in %n days, on %2: ask the partner&apos;s administrator to renew it before then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeRunReport</name>
    <message numerus="yes">
        <location filename="../lib/report/proberunreport.cpp" line="+179"/>
        <source>%n passed</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with a warning</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n with a warning</numerusform>
            <numerusform>%n with a warning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not tested</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n not tested</numerusform>
            <numerusform>%n not tested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n partner(s)</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n domain(s)</source>
        <comment>test run summary</comment>
        <translation>
            <numerusform>%n domain</numerusform>
            <numerusform>%n domains</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerResolver</name>
    <message numerus="yes">
        <location filename="../lib/probe/serverresolver.cpp" line="+234"/>
        <source>%1: %n record(s) (DNSSEC: %2).</source>
        <translation>
            <numerusform>%1: %n record (DNSSEC: %2).</numerusform>
            <numerusform>%1: %n records (DNSSEC: %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StreamAdvice</name>
    <message numerus="yes">
        <location filename="../lib/advice/streamadvice.cpp" line="+131"/>
        <source>%1 sent %n byte(s) but not a complete stream header and features within %2 s: the server is overloaded or stalls; ask the partner&apos;s administrator to check it.</source>
        <translation>
            <numerusform>%1 sent %n byte but not a complete stream header and features within %2 s: the server is overloaded or stalls; ask the partner&apos;s administrator to check it.</numerusform>
            <numerusform>%1 sent %n bytes but not a complete stream header and features within %2 s: the server is overloaded or stalls; ask the partner&apos;s administrator to check it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionList</name>
    <message numerus="yes">
        <location filename="../lib/advice/suggestionlist.cpp" line="+96"/>
        <source>Apply suggested settings to %n partner(s)</source>
        <translation>
            <numerusform>Apply suggested settings to %n partner</numerusform>
            <numerusform>Apply suggested settings to %n partners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchAlertLabel</name>
    <message numerus="yes">
        <location filename="../app/probe/watchalertlabel.cpp" line="+30"/>
        <source>%1 (and %n more change(s) for the worse)</source>
        <translation>
            <numerusform>%1 (and %n more change for the worse)</numerusform>
            <numerusform>%1 (and %n more changes for the worse)</numerusform>
        </translation>
    </message>
</context>
</TS>
