<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>This translation is awaiting review by a practitioner who speaks the language.</source>
            <translation>Cyfieithiad yn aros am adolygiad gan ymarferydd sy’n siarad Cymraeg.</translation>
        </message>
        <message>
            <source>About cpdlog</source>
            <translation>Ynghylch cpdlog</translation>
        </message>
        <message>
            <source>cpdlog logo</source>
            <translation>Logo cpdlog</translation>
        </message>
        <message>
            <source>&lt;h2&gt;cpdlog {version}&lt;/h2&gt;&lt;p&gt;Continuing professional development records for social workers: private, on your own computer.&lt;/p&gt;&lt;p&gt;Your data folder:&lt;br&gt;&lt;a href="{url}"&gt;{folder}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;cpdlog {version}&lt;/h2&gt;&lt;p&gt;Cofnodion datblygiad proffesiynol parhaus i weithwyr cymdeithasol: preifat, ar eich cyfrifiadur eich hun.&lt;/p&gt;&lt;p&gt;Eich ffolder data:&lt;br&gt;&lt;a href="{url}"&gt;{folder}&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Meddalwedd rydd o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu unrhyw fersiwn ddiweddarach.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About this version of cpdlog; its link opens your data folder</source>
            <translation>Am y fersiwn hon o cpdlog; mae ei dolen yn agor eich ffolder data</translation>
        </message>
        <message>
            <source>Open data &amp;folder</source>
            <translation>Agor y &amp;ffolder data</translation>
        </message>
        <message>
            <source>Shows the folder that holds your journal and evidence in your file manager</source>
            <translation>Yn dangos y ffolder sy’n dal eich dyddlyfr a’ch tystiolaeth yn eich rheolwr ffeiliau</translation>
        </message>
    </context>
    <context>
        <name>AutoLock</name>
        <message>
            <source>&amp;Lock when I am away</source>
            <translation>Cloi pan fyddaf i &amp;ffwrdd</translation>
        </message>
        <message>
            <source>&amp;Never</source>
            <translation>&amp;Byth</translation>
        </message>
        <message numerus="yes">
            <source>After %n minute(s) without use</source>
            <translation>
                <numerusform>Ar ôl %n munud heb ddefnydd</numerusform>
                <numerusform>Ar ôl %n munud heb ddefnydd</numerusform>
                <numerusform>Ar ôl %n munud heb ddefnydd</numerusform>
                <numerusform>Ar ôl %n munud heb ddefnydd</numerusform>
                <numerusform>Ar ôl %n munud heb ddefnydd</numerusform>
            </translation>
        </message>
        <message>
            <source>Lock &amp;now</source>
            <translation>Cloi &amp;nawr</translation>
        </message>
    </context>
    <context>
        <name>AutoRefresh</name>
        <message>
            <source>Refresh feeds &amp;automatically</source>
            <translation>Adnewyddu ffrydiau’n aw&amp;tomatig</translation>
        </message>
        <message>
            <source>Fetch new items in the background while cpdlog is open</source>
            <translation>Nôl eitemau newydd yn y cefndir tra bo cpdlog ar agor</translation>
        </message>
    </context>
    <context>
        <name>CaptureBridge</name>
        <message>
            <source>Pages from your browser cannot be saved: {error}</source>
            <translation>Nid oes modd cadw tudalennau o’ch porwr: {error}</translation>
        </message>
        <message>
            <source>This page could not be saved to your CPD inbox: {error}</source>
            <translation>Nid oedd modd cadw’r dudalen hon yn eich mewnflwch DPP: {error}</translation>
        </message>
        <message>
            <source>Saved to your CPD inbox: {title}</source>
            <translation>Wedi’i gadw yn eich mewnflwch DPP: {title}</translation>
        </message>
        <message>
            <source>Saved to your CPD inbox while cpdlog was closed: {title}</source>
            <translation>Wedi’i gadw yn eich mewnflwch DPP tra oedd cpdlog ar gau: {title}</translation>
        </message>
        <message>
            <source>{count} pages were saved to your CPD inbox while cpdlog was closed.</source>
            <translation>Cafodd {count} tudalen eu cadw yn eich mewnflwch DPP tra oedd cpdlog ar gau.</translation>
        </message>
        <message>
            <source>Pages saved while cpdlog was closed could not be added yet: {error}</source>
            <translation>Nid oes modd ychwanegu’r tudalennau a gadwyd tra oedd cpdlog ar gau hyd yma: {error}</translation>
        </message>
        <message>
            <source>cpdlog</source>
            <translation>cpdlog</translation>
        </message>
    </context>
    <context>
        <name>CaptureHelpDialog</name>
        <message>
            <source>Save pages from your browser</source>
            <translation>Cadw tudalennau o’ch porwr</translation>
        </message>
        <message>
            <source>Saving pages from your browser is not available right now.</source>
            <translation>Nid yw cadw tudalennau o’ch porwr ar gael ar hyn o bryd.</translation>
        </message>
        <message>
            <source>Pages you save from your browser go to your CPD inbox (in the journal, Status: Inbox), ready for you to reflect on later.</source>
            <translation>Mae tudalennau rydych yn eu cadw o’ch porwr yn mynd i’ch mewnflwch DPP (yn y dyddlyfr, Statws: Mewnflwch), yn barod i chi fyfyrio arnyn nhw yn nes ymlaen.</translation>
        </message>
        <message>
            <source>Get the bookmark button…</source>
            <translation>Cael y botwm nod tudalen…</translation>
        </message>
        <message>
            <source>Opens a page in your browser with a button to drag to your bookmarks bar</source>
            <translation>Yn agor tudalen yn eich porwr gyda botwm i’w lusgo i’ch bar nodau tudalen</translation>
        </message>
        <message>
            <source>Using the cpdlog browser extension? Paste this token into its options once to pair it:</source>
            <translation>Yn defnyddio estyniad porwr cpdlog? Gludwch y tocyn hwn i’w opsiynau unwaith i’w baru:</translation>
        </message>
        <message>
            <source>Pairing token</source>
            <translation>Tocyn paru</translation>
        </message>
        <message>
            <source>Copy token</source>
            <translation>Copïo’r tocyn</translation>
        </message>
        <message>
            <source>The secret that pairs the browser extension with cpdlog; it is hidden</source>
            <translation>Y gyfrinach sy’n paru’r estyniad porwr â cpdlog; mae wedi’i chuddio</translation>
        </message>
        <message>
            <source>Copies the pairing token, to paste into the extension's options</source>
            <translation>Yn copïo’r tocyn paru, i’w ludo yn opsiynau’r estyniad</translation>
        </message>
    </context>
    <context>
        <name>CountedTextEdit</name>
        <message numerus="yes">
            <source>%n words</source>
            <translation>
                <numerusform>%n gair</numerusform>
                <numerusform>%n gair</numerusform>
                <numerusform>%n gair</numerusform>
                <numerusform>%n gair</numerusform>
                <numerusform>%n gair</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountingEntriesDialog</name>
        <message>
            <source>Entries that count: {rule}</source>
            <translation>Cofnodion sy’n cyfrif: {rule}</translation>
        </message>
        <message>
            <source>&amp;Entries that count towards “{rule}”:</source>
            <translation>&amp;Cofnodion sy’n cyfrif tuag at “{rule}”:</translation>
        </message>
        <message>
            <source>Entries that count</source>
            <translation>Cofnodion sy’n cyfrif</translation>
        </message>
        <message>
            <source>Press Enter on an entry to open it</source>
            <translation>Pwyswch Enter ar gofnod i’w agor</translation>
        </message>
        <message>
            <source>&amp;Open entry</source>
            <translation>&amp;Agor y cofnod</translation>
        </message>
        <message>
            <source>Opens the chosen entry in the editor</source>
            <translation>Yn agor y cofnod a ddewiswyd yn y golygydd</translation>
        </message>
    </context>
    <context>
        <name>CoverageTableModel</name>
        <message>
            <source>Yes</source>
            <translation>Ydw</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Ddim eto</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Safon</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Cofnodion</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Oriau</translation>
        </message>
        <message>
            <source>Covered</source>
            <translation>Wedi’i chwmpasu</translation>
        </message>
    </context>
    <context>
        <name>CuratedSourcesDialog</name>
        <message>
            <source>Curated sources</source>
            <translation>Ffynonellau dethol</translation>
        </message>
        <message>
            <source>These are feeds from social work publications, research bodies and practitioner blogs, chosen for CPD. Tick a group to follow all of its sources, or open it and tick the ones you want; new articles then appear in the Reader.</source>
            <translation>Ffrydiau yw’r rhain o gyhoeddiadau gwaith cymdeithasol, cyrff ymchwil a blogiau ymarferwyr, wedi’u dewis ar gyfer DPP. Ticiwch grŵp i ddilyn ei holl ffynonellau, neu agorwch ef a thicio’r rhai rydych eu heisiau; bydd erthyglau newydd wedyn yn ymddangos yn y Darllenydd.</translation>
        </message>
        <message>
            <source>Curated sources by group</source>
            <translation>Ffynonellau dethol fesul grŵp</translation>
        </message>
        <message>
            <source>Tick a group to follow all its sources, or tick single sources; Space ticks</source>
            <translation>Ticiwch grŵp i ddilyn ei holl ffynonellau, neu ticiwch ffynonellau unigol; mae’r Bylchwr yn ticio</translation>
        </message>
        <message>
            <source>{name} ({sources} sources, {followed} followed)</source>
            <translation>{name} ({sources} ffynhonnell, {followed} yn cael eu dilyn)</translation>
        </message>
        <message>
            <source> (followed)</source>
            <translation> (yn cael ei dilyn)</translation>
        </message>
        <message>
            <source>Follow the ticked sources</source>
            <translation>Dilyn y ffynonellau a diciwyd</translation>
        </message>
        <message>
            <source>Adds the ticked sources to your feeds; new articles appear in the Reader</source>
            <translation>Yn ychwanegu’r ffynonellau a diciwyd at eich ffrydiau; bydd erthyglau newydd yn ymddangos yn y Darllenydd</translation>
        </message>
        <message>
            <source>Closes this window without following anything</source>
            <translation>Yn cau’r ffenestr hon heb ddilyn dim</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>For example 14 Mar 2026</source>
            <translation>Er enghraifft 14 Maw 2026</translation>
        </message>
        <message>
            <source>Type a date such as 14 Mar 2026 or 14/3/2026</source>
            <translation>Teipiwch ddyddiad fel 14 Maw 2026 neu 14/3/2026</translation>
        </message>
        <message>
            <source>Type a date such as 14 Mar 2026, or press Alt+Down to choose from a calendar</source>
            <translation>Teipiwch ddyddiad fel 14 Maw 2026, neu pwyswch Alt+Down i ddewis o galendr</translation>
        </message>
        <message>
            <source>Choose from a calendar</source>
            <translation>Dewis o galendr</translation>
        </message>
    </context>
    <context>
        <name>Diagnostics</name>
        <message>
            <source>Copy &amp;diagnostic information</source>
            <translation>Copïo gwybodaeth &amp;ddiagnostig</translation>
        </message>
        <message>
            <source>Copy details of cpdlog and your computer to paste into a problem report (nothing you have written is included)</source>
            <translation>Copïo manylion am cpdlog a’ch cyfrifiadur i’w gludo mewn adroddiad am broblem (nid yw dim byd rydych wedi’i ysgrifennu wedi’i gynnwys)</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Agor y ffolder &amp;logiau</translation>
        </message>
        <message>
            <source>Show the folder where cpdlog keeps its log of problems</source>
            <translation>Dangos y ffolder lle mae cpdlog yn cadw ei log o broblemau</translation>
        </message>
        <message>
            <source>Collecting diagnostic information…</source>
            <translation>Wrthi’n casglu gwybodaeth ddiagnostig…</translation>
        </message>
        <message>
            <source>Diagnostic information copied. Paste it into your problem report.</source>
            <translation>Wedi copïo’r wybodaeth ddiagnostig. Gludwch hi yn eich adroddiad am broblem.</translation>
        </message>
        <message>
            <source>The diagnostic information could not be collected.</source>
            <translation>Nid oedd modd casglu’r wybodaeth ddiagnostig.</translation>
        </message>
    </context>
    <context>
        <name>EntriesTableModel</name>
        <message>
            <source>none</source>
            <translation>dim</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ydw</translation>
        </message>
        <message>
            <source>{status} · {signoff}</source>
            <translation>{status} · {signoff}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Oriau</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>Safonau</translation>
        </message>
        <message>
            <source>Peer reflection</source>
            <translation>Myfyrio gyda chymheiriad</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Canfuwyd yn</translation>
        </message>
    </context>
    <context>
        <name>EntryDetailView</name>
        <message>
            <source>Entry details</source>
            <translation>Manylion y cofnod</translation>
        </message>
        <message>
            <source>The whole of the entry chosen in the list</source>
            <translation>Y cofnod a ddewiswyd yn y rhestr, yn llawn</translation>
        </message>
        <message>
            <source>Choose an entry to read it here.</source>
            <translation>Dewiswch gofnod i’w ddarllen yma.</translation>
        </message>
        <message>
            <source>Peer reflection</source>
            <translation>Myfyrio gyda chymheiriad</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Oriau</translation>
        </message>
        <message>
            <source>(not counted until complete)</source>
            <translation>(heb ei gyfrif nes ei fod yn gyflawn)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Darparwr</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Awdur</translation>
        </message>
        <message>
            <source>Publication</source>
            <translation>Cyhoeddiad</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Dolen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagiau</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Myfyrdod</translation>
        </message>
        <message>
            <source>with {who}</source>
            <translation>gyda {who}</translation>
        </message>
        <message>
            <source>on {date}</source>
            <translation>ar {date}</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>Safonau</translation>
        </message>
        <message>
            <source>Source notes</source>
            <translation>Nodiadau am y ffynhonnell</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Tystiolaeth</translation>
        </message>
        <message>
            <source>Nothing written yet.</source>
            <translation>Dim wedi’i ysgrifennu eto.</translation>
        </message>
    </context>
    <context>
        <name>EntryEditorDialog</name>
        <message>
            <source>New CPD entry</source>
            <translation>Cofnod DPP newydd</translation>
        </message>
        <message>
            <source>Edit CPD entry</source>
            <translation>Golygu cofnod DPP</translation>
        </message>
        <message>
            <source>Entry sections</source>
            <translation>Adrannau’r cofnod</translation>
        </message>
        <message>
            <source>The entry's details, reflection, standards, peer reflection and evidence</source>
            <translation>Manylion, myfyrdod, safonau, myfyrio gyda chymheiriad a thystiolaeth y cofnod</translation>
        </message>
        <message>
            <source>cpdlog cannot reach your organisation's server just now, so your profile and your tags are not loaded here. You can still write: your words are kept on this computer until they can be saved.</source>
            <translation>Ni all cpdlog gyrraedd gweinydd eich sefydliad ar hyn o bryd, felly nid yw eich proffil a'ch tagiau wedi'u llwytho yma. Gallwch barhau i ysgrifennu: mae eich geiriau'n cael eu cadw ar y cyfrifiadur hwn nes y gellir eu cadw ar y gweinydd.</translation>
        </message>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Manylion</translation>
        </message>
        <message>
            <source>&amp;Reflection</source>
            <translation>M&amp;yfyrdod</translation>
        </message>
        <message>
            <source>S&amp;tandards</source>
            <translation>&amp;Safonau</translation>
        </message>
        <message>
            <source>&amp;Peer reflection</source>
            <translation>My&amp;fyrio gyda chymheiriad</translation>
        </message>
        <message>
            <source>E&amp;vidence</source>
            <translation>&amp;Tystiolaeth</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Beth sydd ar goll</translation>
        </message>
        <message>
            <source>Autosave status</source>
            <translation>Statws cadw awtomatig</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>Save entry</source>
            <translation>Cadw’r cofnod</translation>
        </message>
        <message>
            <source>Saves this entry to your journal</source>
            <translation>Yn cadw’r cofnod hwn yn eich dyddlyfr</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Closes the entry; if you changed anything, cpdlog asks what to do with it</source>
            <translation>Yn cau’r cofnod; os gwnaethoch newid rhywbeth, mae cpdlog yn gofyn beth i’w wneud ag ef</translation>
        </message>
        <message>
            <source>Keeps the entry as a draft with your changes, and closes it</source>
            <translation>Yn cadw’r cofnod fel drafft gyda’ch newidiadau, ac yn ei gau</translation>
        </message>
        <message>
            <source>Closes the entry and throws your changes away</source>
            <translation>Yn cau’r cofnod ac yn taflu eich newidiadau</translation>
        </message>
        <message>
            <source>Goes back to the entry, to carry on</source>
            <translation>Yn mynd yn ôl i’r cofnod, i barhau</translation>
        </message>
        <message>
            <source>What was the learning?</source>
            <translation>Beth oedd y dysgu?</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;eitl:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>Mat&amp;h:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>&amp;Dyddiad:</translation>
        </message>
        <message>
            <source>Lasted more than one day, until</source>
            <translation>Wedi para mwy nag un diwrnod, tan</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Dyddiad gorffen</translation>
        </message>
        <message>
            <source>The last day of the learning.</source>
            <translation>Diwrnod olaf y dysgu.</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>&amp;Gorffen:</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Oriau:</translation>
        </message>
        <message>
            <source>Draft: not finished, so not counted yet</source>
            <translation>Drafft: heb ei orffen, felly heb ei gyfrif eto</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;ws:</translation>
        </message>
        <message>
            <source>&amp;Fetch details</source>
            <translation>Nôl manyl&amp;ion</translation>
        </message>
        <message>
            <source>Read the page's title, author, site and date into the empty fields</source>
            <translation>Darllen teitl, awdur, gwefan a dyddiad y dudalen i’r meysydd gwag</translation>
        </message>
        <message>
            <source>Fetch details from the link</source>
            <translation>Nôl manylion o’r ddolen</translation>
        </message>
        <message>
            <source>&amp;Link:</source>
            <translation>Do&amp;len:</translation>
        </message>
        <message>
            <source>Pr&amp;ovider or site:</source>
            <translation>Da&amp;rparwr neu wefan:</translation>
        </message>
        <message>
            <source>Author or spea&amp;ker:</source>
            <translation>Awdur neu si&amp;aradwr:</translation>
        </message>
        <message>
            <source>Pu&amp;blication:</source>
            <translation>Cyhoeddiad:</translation>
        </message>
        <message>
            <source>Separate tags with commas</source>
            <translation>Rhowch goma rhwng tagiau</translation>
        </message>
        <message>
            <source>Ta&amp;gs:</source>
            <translation>Tagia&amp;u:</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>Heb ei nodi</translation>
        </message>
        <message>
            <source>Some regulators limit self-study hours or ask for live learning</source>
            <translation>Mae rhai rheoleiddwyr yn cyfyngu ar oriau hunanastudio neu’n gofyn am ddysgu byw</translation>
        </message>
        <message>
            <source>Ho&amp;w it was delivered:</source>
            <translation>Sut y cafodd ei ddarparu:</translation>
        </message>
        <message>
            <source>The provider's approval number with your regulator, if it has one</source>
            <translation>Rhif cymeradwyo’r darparwr gyda’ch rheoleiddiwr, os oes ganddo un</translation>
        </message>
        <message>
            <source>Provider approval number</source>
            <translation>Rhif cymeradwyo’r darparwr</translation>
        </message>
        <message>
            <source>Approval nu&amp;mber:</source>
            <translation>Rhif cymeradwyo:</translation>
        </message>
        <message>
            <source>Topics covered</source>
            <translation>Pynciau a gwmpaswyd</translation>
        </message>
        <message>
            <source>Tick each topic the learning covered; press Space to tick</source>
            <translation>Ticiwch bob pwnc a gwmpaswyd gan y dysgu; pwyswch y Bylchwr i dicio</translation>
        </message>
        <message>
            <source>Topi&amp;cs:</source>
            <translation>&amp;Pynciau:</translation>
        </message>
        <message>
            <source>Notes about the source (not your reflection)</source>
            <translation>Nodiadau am y ffynhonnell (nid eich myfyrdod)</translation>
        </message>
        <message>
            <source>Source &amp;notes:</source>
            <translation>&amp;Nodiadau am y ffynhonnell:</translation>
        </message>
        <message>
            <source>Suggested from the podcast's length ({n} min)</source>
            <translation>Awgrymwyd o hyd y podlediad ({n} munud)</translation>
        </message>
        <message>
            <source>Suggested from the video's length ({n} min)</source>
            <translation>Awgrymwyd o hyd y fideo ({n} munud)</translation>
        </message>
        <message>
            <source>Suggested from the size of the podcast's file (about {n} min)</source>
            <translation>Awgrymwyd o faint ffeil y podlediad (tua {n} munud)</translation>
        </message>
        <message>
            <source>Suggested from reading time (about {n} min)</source>
            <translation>Awgrymwyd o'r amser darllen (tua {n} munud)</translation>
        </message>
        <message>
            <source>Change it to the time you spent.</source>
            <translation>Newidiwch ef i'r amser a dreuliwyd gennych.</translation>
        </message>
        <message>
            <source>A short name for the learning, shown in your journal</source>
            <translation>Enw byr ar gyfer y dysgu, a ddangosir yn eich dyddlyfr</translation>
        </message>
        <message>
            <source>What kind of learning it was, such as a course, reading or supervision</source>
            <translation>Pa fath o ddysgu ydoedd, megis cwrs, darllen neu oruchwyliaeth</translation>
        </message>
        <message>
            <source>The day of the learning, or its first day.</source>
            <translation>Diwrnod y dysgu, neu ei ddiwrnod cyntaf.</translation>
        </message>
        <message>
            <source>Tick if the learning went on for several days, then give the last day</source>
            <translation>Ticiwch os parhaodd y dysgu am sawl diwrnod, yna rhowch y diwrnod olaf</translation>
        </message>
        <message>
            <source>How long the learning took, in hours</source>
            <translation>Faint o amser a gymerodd y dysgu, mewn oriau</translation>
        </message>
        <message>
            <source>Tick while the entry is unfinished: a draft does not count towards your requirements</source>
            <translation>Ticiwch tra bo’r cofnod heb ei orffen: nid yw drafft yn cyfrif tuag at eich gofynion</translation>
        </message>
        <message>
            <source>The web address of the learning, if it has one</source>
            <translation>Cyfeiriad gwe y dysgu, os oes ganddo un</translation>
        </message>
        <message>
            <source>Who ran or published the learning, such as a trainer</source>
            <translation>Pwy a gynhaliodd neu a gyhoeddodd y dysgu, megis hyfforddwr</translation>
        </message>
        <message>
            <source>Who wrote it, or who gave the talk</source>
            <translation>Pwy a’i hysgrifennodd, neu pwy a roddodd y sgwrs</translation>
        </message>
        <message>
            <source>The journal, magazine or book it appeared in</source>
            <translation>Y cyfnodolyn, y cylchgrawn neu’r llyfr yr ymddangosodd ynddo</translation>
        </message>
        <message>
            <source>Your own words for grouping entries, separated by commas</source>
            <translation>Eich geiriau eich hun ar gyfer grwpio cofnodion, wedi’u gwahanu gan atalnodau</translation>
        </message>
        <message>
            <source>Whether it was live, interactive online or self-study: some regulators limit self-study hours</source>
            <translation>Ai dysgu byw, rhyngweithiol ar-lein neu hunanastudio ydoedd: mae rhai rheoleiddwyr yn cyfyngu ar oriau hunanastudio</translation>
        </message>
        <message>
            <source>Notes about the source, such as what it covered; not your reflection</source>
            <translation>Nodiadau am y ffynhonnell, megis yr hyn a gwmpaswyd ganddi; nid eich myfyrdod</translation>
        </message>
        <message>
            <source>Choose files from your computer to keep with this entry</source>
            <translation>Dewiswch ffeiliau o’ch cyfrifiadur i’w cadw gyda’r cofnod hwn</translation>
        </message>
        <message>
            <source>Opens the chosen file in the program your computer uses for it</source>
            <translation>Yn agor y ffeil a ddewiswyd yn y rhaglen y mae eich cyfrifiadur yn ei defnyddio ar ei chyfer</translation>
        </message>
        <message>
            <source>Takes the chosen file off this entry</source>
            <translation>Yn tynnu’r ffeil a ddewiswyd oddi ar y cofnod hwn</translation>
        </message>
        <message>
            <source>Tick if you talked this learning over with a colleague, then say how</source>
            <translation>Ticiwch os gwnaethoch drafod y dysgu hwn â chydweithiwr, yna dywedwch sut</translation>
        </message>
        <message>
            <source>The day you talked it over with your peer.</source>
            <translation>Y diwrnod y gwnaethoch ei drafod â’ch cymheiriad.</translation>
        </message>
        <message>
            <source>Who you talked to; you can leave it empty and give a role</source>
            <translation>Gyda phwy y buoch yn siarad; gallwch ei adael yn wag a rhoi rôl</translation>
        </message>
        <message>
            <source>Your peer's role, such as practice supervisor</source>
            <translation>Rôl eich cymheiriad, megis goruchwyliwr ymarfer</translation>
        </message>
        <message>
            <source>Tick if you know when you talked, then give the date</source>
            <translation>Ticiwch os ydych yn gwybod pryd y buoch yn siarad, yna rhowch y dyddiad</translation>
        </message>
        <message>
            <source>What talking it over with your peer added to your learning</source>
            <translation>Beth a ychwanegodd ei drafod â’ch cymheiriad at eich dysgu</translation>
        </message>
        <message>
            <source>The questions your reflection answers; changing it moves your text across</source>
            <translation>Y cwestiynau y mae eich myfyrdod yn eu hateb; mae ei newid yn symud eich testun drosodd</translation>
        </message>
        <message>
            <source>Type a number or words to show only the standards that match</source>
            <translation>Teipiwch rif neu eiriau i ddangos y safonau sy’n cyfateb yn unig</translation>
        </message>
        <message>
            <source>Tick each standard this learning helped you meet</source>
            <translation>Ticiwch bob safon y gwnaeth y dysgu hwn eich helpu i’w bodloni</translation>
        </message>
        <message>
            <source>“{text}” is not a date, so it is still {date}. Type a date such as 14 Mar 2026.</source>
            <translation>Nid yw “{text}” yn ddyddiad, felly mae’n dal i fod yn {date}. Teipiwch ddyddiad fel 14 Maw 2026.</translation>
        </message>
        <message>
            <source>Te&amp;mplate:</source>
            <translation>T&amp;empled:</translation>
        </message>
        <message>
            <source>Reflection template</source>
            <translation>Templed myfyrio</translation>
        </message>
        <message>
            <source>Your text has moved to the matching sections. Text this template has no section for is at the end, under “{title}”.</source>
            <translation>Mae eich testun wedi symud i’r adrannau cyfatebol. Mae testun nad oes adran ar ei gyfer yn y templed hwn ar y diwedd, o dan “{title}”.</translation>
        </message>
        <message>
            <source>Tick the standards this learning helps you meet.</source>
            <translation>Ticiwch y safonau y mae’r dysgu hwn yn eich helpu i’w bodloni.</translation>
        </message>
        <message>
            <source>Search standards, e.g. 4.6 or reflection</source>
            <translation>Chwilio safonau, e.e. 4.6 neu myfyrio</translation>
        </message>
        <message>
            <source>S&amp;earch:</source>
            <translation>Chw&amp;ilio:</translation>
        </message>
        <message>
            <source>Search standards</source>
            <translation>Chwilio safonau</translation>
        </message>
        <message>
            <source>Professional standards</source>
            <translation>Safonau proffesiynol</translation>
        </message>
        <message>
            <source>Regulators such as Social Work England ask for at least one piece of CPD a year that you have discussed with a peer. Say what you learnt from the discussion; names are not needed, a role is enough.</source>
            <translation>Mae rheoleiddwyr fel Social Work England yn gofyn am o leiaf un darn o DPP y flwyddyn rydych wedi’i drafod gyda chymheiriad. Dywedwch beth a ddysgoch o’r drafodaeth; nid oes angen enwau, mae rôl yn ddigon.</translation>
        </message>
        <message>
            <source>Files kept as evidence for this entry: add them or drop them here</source>
            <translation>Ffeiliau a gedwir fel tystiolaeth ar gyfer y cofnod hwn: ychwanegwch nhw neu eu gollwng yma</translation>
        </message>
        <message>
            <source>I d&amp;iscussed this with a peer</source>
            <translation>Fe &amp;wnes i drafod hyn gyda chymheiriad</translation>
        </message>
        <message>
            <source>&amp;Name (optional):</source>
            <translation>&amp;Enw (dewisol):</translation>
        </message>
        <message>
            <source>For example: practice supervisor</source>
            <translation>Er enghraifft: goruchwyliwr ymarfer</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>Rô&amp;l:</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ar</translation>
        </message>
        <message>
            <source>Date of the discussion</source>
            <translation>Dyddiad y drafodaeth</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>P&amp;ryd:</translation>
        </message>
        <message>
            <source>What you learnt from the discussion</source>
            <translation>Beth a ddysgoch o’r drafodaeth</translation>
        </message>
        <message>
            <source>What you &amp;learnt from it:</source>
            <translation>Beth a &amp;ddysgoch ohoni:</translation>
        </message>
        <message>
            <source>Certificates, slides or notes to keep with this entry. Drag files here or use Add. cpdlog keeps its own copy in your data folder.</source>
            <translation>Tystysgrifau, sleidiau neu nodiadau i’w cadw gyda’r cofnod hwn. Llusgwch ffeiliau yma neu defnyddiwch Ychwanegu. Mae cpdlog yn cadw ei gopi ei hun yn eich ffolder data.</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Ffeiliau tystiolaeth</translation>
        </message>
        <message>
            <source>&amp;Certificate: this file shows I completed the learning</source>
            <translation>Tystysg&amp;rif: mae’r ffeil hon yn dangos fy mod wedi cwblhau’r dysgu</translation>
        </message>
        <message>
            <source>Some regulators ask to see a certificate of completion when they check</source>
            <translation>Mae rhai rheoleiddwyr yn gofyn am weld tystysgrif cwblhau pan fyddant yn gwirio</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>Ych&amp;wanegu…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>A&amp;gor</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Tynnu &amp;allan</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Newidiadau heb eu cadw</translation>
        </message>
        <message>
            <source>the “{section}” section</source>
            <translation>yr adran “{section}”</translation>
        </message>
        <message>
            <source>hours above 0</source>
            <translation>oriau uwchlaw 0</translation>
        </message>
        <message>
            <source>a written reflection</source>
            <translation>myfyrdod ysgrifenedig</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} a {last}</translation>
        </message>
        <message>
            <source>Not finished yet: it still needs {missing}. Saving keeps it as a draft, which does not count towards your CPD.</source>
            <translation>Heb ei orffen eto: mae angen {missing} arno o hyd. Mae ei gadw yn ei gadw fel drafft, nad yw’n cyfrif tuag at eich DPP.</translation>
        </message>
        <message>
            <source>{file}  (certificate)</source>
            <translation>{file}  (tystysgrif)</translation>
        </message>
        <message>
            <source>{name}  (certificate, will be added when you save)</source>
            <translation>{name}  (tystysgrif, bydd yn cael ei hychwanegu pan fyddwch yn cadw)</translation>
        </message>
        <message>
            <source>{name}  (will be added when you save)</source>
            <translation>{name}  (bydd yn cael ei ychwanegu pan fyddwch yn cadw)</translation>
        </message>
        <message>
            <source>Add evidence</source>
            <translation>Ychwanegu tystiolaeth</translation>
        </message>
        <message>
            <source>This file is missing from the cpdlog data folder.</source>
            <translation>Mae’r ffeil hon ar goll o ffolder data cpdlog.</translation>
        </message>
        <message>
            <source>Type or paste a link first.</source>
            <translation>Teipiwch neu ludo dolen yn gyntaf.</translation>
        </message>
        <message>
            <source>Fetching…</source>
            <translation>Wrthi’n nôl…</translation>
        </message>
        <message>
            <source>The page could not be read.</source>
            <translation>Nid oedd modd darllen y dudalen.</translation>
        </message>
        <message>
            <source>Details fetched: check them before saving</source>
            <translation>Manylion wedi’u nôl: gwiriwch nhw cyn cadw</translation>
        </message>
        <message>
            <source>Autosave failed: {error}</source>
            <translation>Methodd y cadw awtomatig: {error}</translation>
        </message>
        <message>
            <source>Draft kept safe at {time}</source>
            <translation>Drafft wedi’i gadw’n ddiogel am {time}</translation>
        </message>
        <message>
            <source>Untitled draft started {date}</source>
            <translation>Drafft heb deitl a ddechreuwyd {date}</translation>
        </message>
        <message>
            <source>Every entry needs a title.</source>
            <translation>Mae angen teitl ar bob cofnod.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wrthi’n cadw…</translation>
        </message>
        <message>
            <source>Saving the entry…</source>
            <translation>Wrthi’n cadw’r cofnod…</translation>
        </message>
        <message>
            <source>The entry could not be saved: {error}</source>
            <translation>Nid oedd modd cadw’r cofnod: {error}</translation>
        </message>
        <message>
            <source>Not saved: your text is still here</source>
            <translation>Heb ei gadw: mae eich testun yma o hyd</translation>
        </message>
        <message>
            <source>Saved, but you have changed it since: save again to keep the changes</source>
            <translation>Wedi’i gadw, ond rydych wedi’i newid ers hynny: cadwch eto i gadw’r newidiadau</translation>
        </message>
        <message>
            <source>Still saving: the editor closes when it is done</source>
            <translation>Yn dal i gadw: bydd y golygydd yn cau pan fydd wedi gorffen</translation>
        </message>
        <message>
            <source>This entry has changes that are not saved.</source>
            <translation>Mae newidiadau yn y cofnod hwn sydd heb eu cadw.</translation>
        </message>
        <message>
            <source>Save it as a draft to finish later (a draft is kept but not counted yet), or discard the changes.</source>
            <translation>Cadwch ef fel drafft i’w orffen yn nes ymlaen (mae drafft yn cael ei gadw ond heb ei gyfrif eto), neu taflwch y newidiadau.</translation>
        </message>
        <message>
            <source>&amp;Save as draft</source>
            <translation>&amp;Cadw fel drafft</translation>
        </message>
        <message>
            <source>&amp;Discard changes</source>
            <translation>&amp;Taflu’r newidiadau</translation>
        </message>
        <message numerus="yes">
            <source>%n standards ticked</source>
            <translation>
                <numerusform>%n safon wedi’u ticio</numerusform>
                <numerusform>%n safon wedi’u ticio</numerusform>
                <numerusform>%n safon wedi’u ticio</numerusform>
                <numerusform>%n safon wedi’u ticio</numerusform>
                <numerusform>%n safon wedi’u ticio</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export portfolio</source>
            <translation>Allforio portffolio</translation>
        </message>
    </context>
    <context>
        <name>ExportPanel</name>
        <message>
            <source>Period</source>
            <translation>Cyfnod</translation>
        </message>
        <message>
            <source>Which stretch of time the PDF covers</source>
            <translation>Pa gyfnod o amser y mae’r PDF yn ei gwmpasu</translation>
        </message>
        <message>
            <source>The period just ended ({start} to {end})</source>
            <translation>Y cyfnod sydd newydd ddod i ben ({start} i {end})</translation>
        </message>
        <message>
            <source>This registration period</source>
            <translation>Y cyfnod cofrestru hwn</translation>
        </message>
        <message>
            <source>Last registration period</source>
            <translation>Y cyfnod cofrestru diwethaf</translation>
        </message>
        <message>
            <source>Dates I choose</source>
            <translation>Dyddiadau rwy’n eu dewis</translation>
        </message>
        <message>
            <source>From</source>
            <translation>O</translation>
        </message>
        <message>
            <source>The first day the PDF covers</source>
            <translation>Y diwrnod cyntaf y mae’r PDF yn ei gwmpasu</translation>
        </message>
        <message>
            <source>To</source>
            <translation>I</translation>
        </message>
        <message>
            <source>The last day the PDF covers</source>
            <translation>Y diwrnod olaf y mae’r PDF yn ei gwmpasu</translation>
        </message>
        <message>
            <source>f&amp;rom</source>
            <translation>&amp;o</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;i</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>Cyf&amp;nod:</translation>
        </message>
        <message>
            <source>&amp;All entries in the period</source>
            <translation>Po&amp;b cofnod yn y cyfnod</translation>
        </message>
        <message>
            <source>The PDF holds every entry from the period chosen above</source>
            <translation>Mae’r PDF yn dal pob cofnod o’r cyfnod a ddewiswyd uchod</translation>
        </message>
        <message>
            <source>The PDF holds only the entries you selected in the journal</source>
            <translation>Mae’r PDF yn dal y cofnodion a ddewiswyd gennych yn y dyddlyfr yn unig</translation>
        </message>
        <message>
            <source>Entries:</source>
            <translation>Cofnodion:</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>Cynllun</translation>
        </message>
        <message>
            <source>How the PDF is set out: a standard portfolio, or the HCPC's CPD profile</source>
            <translation>Sut mae’r PDF wedi’i osod: portffolio safonol, neu broffil DPP yr HCPC</translation>
        </message>
        <message>
            <source>Standard portfolio</source>
            <translation>Portffolio safonol</translation>
        </message>
        <message>
            <source>HCPC-style CPD profile</source>
            <translation>Proffil DPP ar ffurf HCPC</translation>
        </message>
        <message>
            <source>&amp;Layout:</source>
            <translation>C&amp;ynllun:</translation>
        </message>
        <message>
            <source>Summary of practice history</source>
            <translation>Crynodeb o hanes ymarfer</translation>
        </message>
        <message>
            <source>Up to 500 words about your role and the work you do.</source>
            <translation>Hyd at 500 gair am eich rôl a’r gwaith rydych yn ei wneud.</translation>
        </message>
        <message>
            <source>Up to 500 words about your role and the work you do, for the CPD profile</source>
            <translation>Hyd at 500 gair am eich rôl a’r gwaith rydych yn ei wneud, ar gyfer y proffil DPP</translation>
        </message>
        <message>
            <source>Su&amp;mmary of practice:</source>
            <translation>C&amp;rynodeb o’r ymarfer:</translation>
        </message>
        <message>
            <source>Entries for the personal statement</source>
            <translation>Cofnodion ar gyfer y datganiad personol</translation>
        </message>
        <message>
            <source>Tick 4 to 6 entries; press Space to tick one</source>
            <translation>Ticiwch 4 i 6 chofnod; pwyswch y Bylchwr i dicio un</translation>
        </message>
        <message>
            <source>Statement &amp;entries (4 to 6):</source>
            <translation>Cofnodion y &amp;datganiad (4 i 6):</translation>
        </message>
        <message>
            <source>Include &amp;drafts (marked DRAFT)</source>
            <translation>Cynnwys draff&amp;tiau (wedi’u marcio’n DRAFFT)</translation>
        </message>
        <message>
            <source>When ticked, unfinished entries go in the PDF too, each marked DRAFT</source>
            <translation>Pan fydd wedi’i dicio, bydd cofnodion heb eu gorffen yn mynd i’r PDF hefyd, pob un wedi’i nodi’n DRAFFT</translation>
        </message>
        <message>
            <source>Drafts:</source>
            <translation>Drafftiau:</translation>
        </message>
        <message>
            <source>&amp;Include snapshots of captured pages</source>
            <translation>Cynnwys cipl&amp;uniau o’r tudalennau a gadwyd</translation>
        </message>
        <message>
            <source>Adds the text of each web page you captured, as it was when you saved it, after the entries.</source>
            <translation>Yn ychwanegu testun pob tudalen we a gadwoch, fel yr oedd pan wnaethoch ei chadw, ar ôl y cofnodion.</translation>
        </message>
        <message>
            <source>Snapshots:</source>
            <translation>Cipluniau:</translation>
        </message>
        <message>
            <source>Save the PDF as</source>
            <translation>Cadw’r PDF fel</translation>
        </message>
        <message>
            <source>The folder and file name the PDF is saved under</source>
            <translation>Y ffolder a’r enw ffeil y caiff y PDF ei gadw danynt</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Pori…</translation>
        </message>
        <message>
            <source>Choose where to save the PDF, in a file window</source>
            <translation>Dewiswch ble i gadw’r PDF, mewn ffenestr ffeiliau</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>Cadw f&amp;el:</translation>
        </message>
        <message>
            <source>About this period</source>
            <translation>Am y cyfnod hwn</translation>
        </message>
        <message>
            <source>What will be included</source>
            <translation>Beth fydd yn cael ei gynnwys</translation>
        </message>
        <message>
            <source>Entries that will be included</source>
            <translation>Cofnodion a fydd yn cael eu cynnwys</translation>
        </message>
        <message>
            <source>The entries the PDF will hold, as chosen above</source>
            <translation>Y cofnodion a fydd yn y PDF, fel y’u dewiswyd uchod</translation>
        </message>
        <message>
            <source>Details that could identify someone</source>
            <translation>Manylion a allai adnabod rhywun</translation>
        </message>
        <message>
            <source>Unreviewed details in these entries</source>
            <translation>Manylion heb eu hadolygu yn y cofnodion hyn</translation>
        </message>
        <message>
            <source>Names and other details that could identify someone, found in the entries</source>
            <translation>Enwau a manylion eraill a allai adnabod rhywun, a ganfuwyd yn y cofnodion</translation>
        </message>
        <message>
            <source>Mar&amp;k as not identifying</source>
            <translation>&amp;Marcio nad yw’n adnabod neb</translation>
        </message>
        <message>
            <source>Remember that the chosen detail does not identify anyone, for this entry. Use it for words you cannot change, such as a reviewer's comment.</source>
            <translation>Cofio nad yw’r manylyn a ddewiswyd yn adnabod neb, ar gyfer y cofnod hwn. Defnyddiwch hyn ar gyfer geiriau na allwch eu newid, fel sylw adolygydd.</translation>
        </message>
        <message>
            <source>Tick to confirm that the PDF may go out with the details listed above</source>
            <translation>Ticiwch i gadarnhau y caiff y PDF fynd allan gyda’r manylion a restrir uchod</translation>
        </message>
        <message>
            <source>&amp;Make PDF</source>
            <translation>C&amp;reu PDF</translation>
        </message>
        <message>
            <source>Checks the chosen entries and saves them as a PDF portfolio</source>
            <translation>Yn gwirio’r cofnodion a ddewiswyd ac yn eu cadw fel portffolio PDF</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Can&amp;slo</translation>
        </message>
        <message>
            <source>Stops making the PDF</source>
            <translation>Yn rhoi’r gorau i greu’r PDF</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Cynnydd yr allforio</translation>
        </message>
        <message>
            <source>The choices above cannot be changed while the check runs, so that the PDF holds exactly what was checked.</source>
            <translation>Does dim modd newid y dewisiadau uchod tra bo'r gwiriad yn rhedeg, fel bod y PDF yn cynnwys yn union yr hyn a wiriwyd.</translation>
        </message>
        <message>
            <source>Ope&amp;n PDF</source>
            <translation>&amp;Agor y PDF</translation>
        </message>
        <message>
            <source>Sho&amp;w in folder</source>
            <translation>Dangos yn y ffo&amp;lder</translation>
        </message>
        <message>
            <source>Opens the PDF you have just made in your PDF reader</source>
            <translation>Yn agor y PDF rydych newydd ei greu yn eich darllenydd PDF</translation>
        </message>
        <message>
            <source>Opens the folder that holds the PDF you have just made</source>
            <translation>Yn agor y ffolder sy’n dal y PDF rydych newydd ei greu</translation>
        </message>
        <message>
            <source>Export warnings</source>
            <translation>Rhybuddion allforio</translation>
        </message>
        <message>
            <source>Things in the PDF you have just made that you may want to check</source>
            <translation>Pethau yn y PDF rydych newydd ei greu y gallech fod eisiau eu gwirio</translation>
        </message>
        <message>
            <source>&amp;Only entries selected in the journal (none selected)</source>
            <translation>&amp;Dim ond cofnodion a ddewiswyd yn y dyddlyfr (dim wedi’u dewis)</translation>
        </message>
        <message>
            <source>This period has ended. {outcome}</source>
            <translation>Mae’r cyfnod hwn wedi dod i ben. {outcome}</translation>
        </message>
        <message>
            <source>Save the portfolio as</source>
            <translation>Cadw’r portffolio fel</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>the entries you selected</source>
            <translation>y cofnodion a ddewisoch</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} i {end}</translation>
        </message>
        <message>
            <source>(1 hour) from {scope}.</source>
            <translation>(1 awr) o {scope}.</translation>
        </message>
        <message>
            <source>({hours} hours) from {scope}.</source>
            <translation>({hours} awr) o {scope}.</translation>
        </message>
        <message>
            <source>(draft)</source>
            <translation>(drafft)</translation>
        </message>
        <message>
            <source>Checking for details that could identify someone…</source>
            <translation>Wrthi'n chwilio am fanylion a allai adnabod rhywun…</translation>
        </message>
        <message>
            <source>The check for identifying details did not finish: {error}</source>
            <translation>Ni orffennodd y chwilio am fanylion adnabod: {error}</translation>
        </message>
        <message>
            <source>review them in the entries (Redact or Not identifying) first.</source>
            <translation>adolygwch nhw yn y cofnodion (Cuddio neu Ddim yn adnabod) yn gyntaf.</translation>
        </message>
        <message>
            <source>A reviewer's words cannot be redacted: mark such a detail as not identifying, include it anyway, or ask the reviewer to correct it.</source>
            <translation>Does dim modd cuddio geiriau adolygydd: marciwch fanylyn o’r fath fel un nad yw’n adnabod neb, ei gynnwys beth bynnag, neu gofynnwch i’r adolygydd ei gywiro.</translation>
        </message>
        <message>
            <source>{title}, {place}: {label} “{words}”</source>
            <translation>{title}, {place}: {label} “{words}”</translation>
        </message>
        <message>
            <source>Summary of practice history: {label} “{words}”</source>
            <translation>Crynodeb o hanes ymarfer: {label} “{words}”</translation>
        </message>
        <message>
            <source>Include them anyway: the PDF will contain</source>
            <translation>Eu cynnwys beth bynnag: bydd y PDF yn cynnwys</translation>
        </message>
        <message>
            <source>{kinds}.</source>
            <translation>{kinds}.</translation>
        </message>
        <message>
            <source>The choice could not be saved: {error}</source>
            <translation>Nid oedd modd cadw’r dewis: {error}</translation>
        </message>
        <message>
            <source>Choose where to save the PDF.</source>
            <translation>Dewiswch ble i gadw’r PDF.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wrthi'n gwirio…</translation>
        </message>
        <message>
            <source>Some entries hold details that could identify someone. Review them, or tick “Include them anyway” to export them.</source>
            <translation>Mae rhai cofnodion yn cynnwys manylion a allai adnabod rhywun. Adolygwch nhw, neu ticiwch “Eu cynnwys beth bynnag” i’w hallforio.</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wrthi’n canslo…</translation>
        </message>
        <message>
            <source>%p%</source>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>Canslwyd yr allforio; ni chafodd dim ei ysgrifennu.</translation>
        </message>
        <message>
            <source>The PDF could not be made: {error}</source>
            <translation>Nid oedd modd creu’r PDF: {error}</translation>
        </message>
        <message>
            <source>Saved {pages} pages with {entries} entries to {path}</source>
            <translation>Wedi cadw {pages} tudalen gyda {entries} cofnod yn {path}</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Only the %n entries selected in the journal</source>
            <translation>
                <numerusform>&amp;Dim ond y %n cofnod a ddewiswyd yn y dyddlyfr</numerusform>
                <numerusform>&amp;Dim ond y %n cofnod a ddewiswyd yn y dyddlyfr</numerusform>
                <numerusform>&amp;Dim ond y %n cofnod a ddewiswyd yn y dyddlyfr</numerusform>
                <numerusform>&amp;Dim ond y %n cofnod a ddewiswyd yn y dyddlyfr</numerusform>
                <numerusform>&amp;Dim ond y %n cofnod a ddewiswyd yn y dyddlyfr</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more</source>
            <translation>
                <numerusform>…a %n arall</numerusform>
                <numerusform>…a %n arall</numerusform>
                <numerusform>…a %n arall</numerusform>
                <numerusform>…a %n arall</numerusform>
                <numerusform>…a %n arall</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries will be included</source>
            <translation>
                <numerusform>Bydd %n cofnod yn cael eu cynnwys</numerusform>
                <numerusform>Bydd %n cofnod yn cael eu cynnwys</numerusform>
                <numerusform>Bydd %n cofnod yn cael eu cynnwys</numerusform>
                <numerusform>Bydd %n cofnod yn cael eu cynnwys</numerusform>
                <numerusform>Bydd %n cofnod yn cael eu cynnwys</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n details that could identify someone have not been reviewed:</source>
            <translation>
                <numerusform>Nid yw %n manylyn a allai adnabod rhywun wedi’u hadolygu:</numerusform>
                <numerusform>Nid yw %n manylyn a allai adnabod rhywun wedi’u hadolygu:</numerusform>
                <numerusform>Nid yw %n manylyn a allai adnabod rhywun wedi’u hadolygu:</numerusform>
                <numerusform>Nid yw %n manylyn a allai adnabod rhywun wedi’u hadolygu:</numerusform>
                <numerusform>Nid yw %n manylyn a allai adnabod rhywun wedi’u hadolygu:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Include them anyway: the PDF will contain %n entries with</source>
            <translation>
                <numerusform>Eu cynnwys beth bynnag: bydd y PDF yn cynnwys %n cofnod gyda</numerusform>
                <numerusform>Eu cynnwys beth bynnag: bydd y PDF yn cynnwys %n cofnod gyda</numerusform>
                <numerusform>Eu cynnwys beth bynnag: bydd y PDF yn cynnwys %n cofnod gyda</numerusform>
                <numerusform>Eu cynnwys beth bynnag: bydd y PDF yn cynnwys %n cofnod gyda</numerusform>
                <numerusform>Eu cynnwys beth bynnag: bydd y PDF yn cynnwys %n cofnod gyda</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportView</name>
        <message>
            <source>A preview appears here after you make a PDF.</source>
            <translation>Bydd rhagolwg yn ymddangos yma ar ôl i chi greu PDF.</translation>
        </message>
        <message>
            <source>Portfolio preview</source>
            <translation>Rhagolwg o’r portffolio</translation>
        </message>
        <message>
            <source>The pages of the PDF you have made</source>
            <translation>Tudalennau’r PDF rydych wedi’i greu</translation>
        </message>
        <message>
            <source>Preview of {path}</source>
            <translation>Rhagolwg o {path}</translation>
        </message>
        <message>
            <source>Open the &amp;PDF</source>
            <translation>Agor y &amp;PDF</translation>
        </message>
        <message>
            <source>Opens the PDF in your PDF reader</source>
            <translation>Yn agor y PDF yn eich darllenydd PDF</translation>
        </message>
        <message>
            <source>The PDF is saved at {path}. A preview cannot be shown here, so open it in your PDF reader.</source>
            <translation>Mae’r PDF wedi’i gadw yn {path}. Nid oes modd dangos rhagolwg yma, felly agorwch ef yn eich darllenydd PDF.</translation>
        </message>
    </context>
    <context>
        <name>FeedItemsModel</name>
        <message>
            <source>read</source>
            <translation>wedi’i ddarllen</translation>
        </message>
        <message>
            <source>unread</source>
            <translation>heb ei ddarllen</translation>
        </message>
        <message>
            <source>[logged]</source>
            <translation>[wedi’i gofnodi]</translation>
        </message>
        <message>
            <source>starred</source>
            <translation>â seren</translation>
        </message>
        <message>
            <source>logged as CPD</source>
            <translation>wedi’i gofnodi fel DPP</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(heb deitl)</translation>
        </message>
    </context>
    <context>
        <name>FeedsTreeModel</name>
        <message>
            <source>All items</source>
            <translation>Pob eitem</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>Ffrydiau</translation>
        </message>
        <message>
            <source>[error]</source>
            <translation>[gwall]</translation>
        </message>
        <message>
            <source>[paused]</source>
            <translation>[wedi’i oedi]</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Gwall diwethaf: {error}</translation>
        </message>
        <message>
            <source>{n} unread</source>
            <translation>{n} heb eu darllen</translation>
        </message>
        <message>
            <source>error: {error}</source>
            <translation>gwall: {error}</translation>
        </message>
    </context>
    <context>
        <name>FieldError</name>
        <message>
            <source>Problem with this field</source>
            <translation>Problem gyda’r maes hwn</translation>
        </message>
    </context>
    <context>
        <name>FindingsMarker</name>
        <message>
            <source>{label}: {explanation}</source>
            <translation>{label}: {explanation}</translation>
        </message>
        <message>
            <source>Redact (replace with {placeholder})</source>
            <translation>Cuddio (rhoi {placeholder} yn ei le)</translation>
        </message>
        <message>
            <source>Not identifying</source>
            <translation>Ddim yn adnabod</translation>
        </message>
    </context>
    <context>
        <name>HashtagCaptureDialog</name>
        <message>
            <source>Capture a hashtag discussion</source>
            <translation>Cipio trafodaeth hashnod</translation>
        </message>
        <message>
            <source>cpdlog collects every public post with the hashtag on one Mastodon server during the times you give, and keeps them as evidence for a new draft entry.</source>
            <translation>Mae cpdlog yn casglu pob neges gyhoeddus gyda’r hashnod ar un gweinydd Mastodon yn ystod yr amseroedd a roddwch, ac yn eu cadw fel tystiolaeth ar gyfer cofnod drafft newydd.</translation>
        </message>
        <message>
            <source>for example 12thMW</source>
            <translation>er enghraifft 12thMW</translation>
        </message>
        <message>
            <source>for example mastodon.social</source>
            <translation>er enghraifft mastodon.social</translation>
        </message>
        <message>
            <source>The hashtag the discussion used, such as 12thMW</source>
            <translation>Yr hashnod a ddefnyddiwyd yn y drafodaeth, megis 12thMW</translation>
        </message>
        <message>
            <source>The Mastodon server whose public posts are read</source>
            <translation>Y gweinydd Mastodon y darllenir ei negeseuon cyhoeddus</translation>
        </message>
        <message>
            <source>When the discussion began, in your local time</source>
            <translation>Pryd y dechreuodd y drafodaeth, yn eich amser lleol</translation>
        </message>
        <message>
            <source>When the discussion ended, in your local time</source>
            <translation>Pryd y daeth y drafodaeth i ben, yn eich amser lleol</translation>
        </message>
        <message>
            <source>&amp;Hashtag:</source>
            <translation>&amp;Hashnod:</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Gweinydd:</translation>
        </message>
        <message>
            <source>&amp;From (your local time):</source>
            <translation>&amp;O (eich amser lleol):</translation>
        </message>
        <message>
            <source>&amp;To (your local time):</source>
            <translation>&amp;Tan (eich amser lleol):</translation>
        </message>
        <message>
            <source>&amp;Capture</source>
            <translation>&amp;Cipio</translation>
        </message>
        <message>
            <source>Collects the posts and makes a draft entry that keeps them as evidence</source>
            <translation>Yn casglu’r negeseuon ac yn creu cofnod drafft sy’n eu cadw fel tystiolaeth</translation>
        </message>
        <message>
            <source>Stops a capture under way, or closes this window</source>
            <translation>Yn atal cipio sydd ar waith, neu’n cau’r ffenestr hon</translation>
        </message>
        <message>
            <source>Looking for posts…</source>
            <translation>Wrthi’n chwilio am negeseuon…</translation>
        </message>
        <message numerus="yes">
            <source>%n post(s) found so far…</source>
            <translation>
                <numerusform>Canfuwyd %n neges hyd yma…</numerusform>
                <numerusform>Canfuwyd %n neges hyd yma…</numerusform>
                <numerusform>Canfuwyd %n neges hyd yma…</numerusform>
                <numerusform>Canfuwyd %n neges hyd yma…</numerusform>
                <numerusform>Canfuwyd %n neges hyd yma…</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Canslwyd. Ni chafodd dim ei gadw.</translation>
        </message>
        <message>
            <source>Something went wrong while capturing: {name}.</source>
            <translation>Aeth rhywbeth o’i le wrth gipio: {name}.</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Wrthi’n stopio…</translation>
        </message>
    </context>
    <context>
        <name>HoursSpinBox</name>
        <message>
            <source>0 h</source>
            <translation>0 awr</translation>
        </message>
    </context>
    <context>
        <name>ItemBrowser</name>
        <message>
            <source>Picture not downloaded: press Show images to see it</source>
            <translation>Llun heb ei lwytho i lawr: pwyswch Dangos delweddau i’w weld</translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <source>Opening your journal…</source>
            <translation>Wrthi’n agor eich dyddlyfr…</translation>
        </message>
        <message>
            <source>Search titles, reflections, tags and sources (Ctrl+F)</source>
            <translation>Chwilio teitlau, myfyrdodau, tagiau a ffynonellau (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>Chwilio’r dyddlyfr</translation>
        </message>
        <message>
            <source>Type words to show only the entries that contain them</source>
            <translation>Teipiwch eiriau i ddangos y cofnodion sy’n eu cynnwys yn unig</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>Chw&amp;ilio:</translation>
        </message>
        <message>
            <source>Number of entries shown</source>
            <translation>Nifer y cofnodion a ddangosir</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>C&amp;yfnod:</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Cyfnod</translation>
        </message>
        <message>
            <source>Show only the entries from this stretch of time</source>
            <translation>Dangos y cofnodion o’r cyfnod hwn o amser yn unig</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>&amp;Math:</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>Math o weithgaredd</translation>
        </message>
        <message>
            <source>Show only one kind of learning, such as courses or reading</source>
            <translation>Dangos un math o ddysgu yn unig, megis cyrsiau neu ddarllen</translation>
        </message>
        <message>
            <source>Sta&amp;ndard:</source>
            <translation>Saf&amp;on:</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Safon</translation>
        </message>
        <message>
            <source>Show only the entries linked to this professional standard</source>
            <translation>Dangos y cofnodion sy’n gysylltiedig â’r safon broffesiynol hon yn unig</translation>
        </message>
        <message>
            <source>T&amp;ag:</source>
            <translation>T&amp;ag:</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Show only the entries with this tag</source>
            <translation>Dangos y cofnodion sydd â’r tag hwn yn unig</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>S&amp;tatws:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Show only drafts, or only complete entries</source>
            <translation>Dangos drafftiau yn unig, neu gofnodion cyflawn yn unig</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Sbwriel</translation>
        </message>
        <message>
            <source>Entries you moved to the trash: restore them or delete them for good (Ctrl+5)</source>
            <translation>Cofnodion rydych wedi’u symud i’r sbwriel: adferwch nhw neu dilëwch nhw am byth (Ctrl+5)</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Cofnodion</translation>
        </message>
        <message>
            <source>Your CPD entries. Press Enter on an entry to open it</source>
            <translation>Eich cofnodion DPP. Pwyswch Enter ar gofnod i’w agor</translation>
        </message>
        <message>
            <source>&amp;Sort the journal by</source>
            <translation>Tr&amp;efnu’r dyddlyfr yn ôl</translation>
        </message>
        <message>
            <source>Your journal is empty.

Record your first piece of CPD: a course, a supervision session, an article you read or a team discussion all count.</source>
            <translation>Mae eich dyddlyfr yn wag.

Cofnodwch eich darn cyntaf o DPP: mae cwrs, sesiwn oruchwylio, erthygl a ddarllenoch neu drafodaeth tîm i gyd yn cyfrif.</translation>
        </message>
        <message>
            <source>New entry… (Ctrl+N)</source>
            <translation>Cofnod newydd… (Ctrl+N)</translation>
        </message>
        <message>
            <source>Opens a blank entry for your first piece of CPD</source>
            <translation>Yn agor cofnod gwag ar gyfer eich darn cyntaf o DPP</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Pob dyddiad</translation>
        </message>
        <message>
            <source>This registration period</source>
            <translation>Y cyfnod cofrestru hwn</translation>
        </message>
        <message>
            <source>Last registration period</source>
            <translation>Y cyfnod cofrestru diwethaf</translation>
        </message>
        <message>
            <source>This calendar year</source>
            <translation>Y flwyddyn galendr hon</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Y 12 mis diwethaf</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Pob math</translation>
        </message>
        <message>
            <source>All standards</source>
            <translation>Pob safon</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Unrhyw statws</translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Cyflawn</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Drafft</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Mewnflwch</translation>
        </message>
        <message>
            <source>All tags</source>
            <translation>Pob tag</translation>
        </message>
        <message>
            <source>Inbox ({count})</source>
            <translation>Mewnflwch ({count})</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wrthi’n llwytho…</translation>
        </message>
        <message>
            <source>The journal could not be read: {error}</source>
            <translation>Nid oedd modd darllen y dyddlyfr: {error}</translation>
        </message>
        <message>
            <source>Your journal is empty. Press Ctrl+N to record your first piece of CPD.</source>
            <translation>Mae eich dyddlyfr yn wag. Pwyswch Ctrl+N i gofnodi eich darn cyntaf o DPP.</translation>
        </message>
        <message numerus="yes">
            <source>%n matches</source>
            <translation>
                <numerusform>%n cyfatebiaeth</numerusform>
                <numerusform>%n cyfatebiaeth</numerusform>
                <numerusform>%n cyfatebiaeth</numerusform>
                <numerusform>%n cyfatebiaeth</numerusform>
                <numerusform>%n cyfatebiaeth</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Iaith</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Dilyn y system</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Iaith</translation>
        </message>
        <message>
            <source>cpdlog will use this language the next time it starts.</source>
            <translation>Bydd cpdlog yn defnyddio’r iaith hon y tro nesaf y bydd yn dechrau.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Move “{title}” to the trash</source>
            <translation>Symud “{title}” i’r sbwriel</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Dadwneud</translation>
        </message>
        <message>
            <source>Undo: {what}</source>
            <translation>Dadwneud: {what}</translation>
        </message>
        <message>
            <source>cpdlog</source>
            <translation>cpdlog</translation>
        </message>
        <message>
            <source>Opening your journal…</source>
            <translation>Wrthi’n agor eich dyddlyfr…</translation>
        </message>
        <message>
            <source>Read-only: the folder {home} cannot be written, so changes cannot be saved.</source>
            <translation>Darllen yn unig: nid oes modd ysgrifennu i’r ffolder {home}, felly nid oes modd cadw newidiadau.</translation>
        </message>
        <message>
            <source>cpdlog set aside {count} evidence record(s) whose id is not valid (from a damaged or crafted import). No file was read or deleted for them; they are listed in {note}.</source>
            <translation>Mae cpdlog wedi neilltuo {count} cofnod tystiolaeth nad yw eu dynodydd yn ddilys (o fewnforiad wedi’i ddifrodi neu wedi’i lunio’n fwriadol). Ni chafodd unrhyw ffeil ei darllen na’i dileu ar eu cyfer; maen nhw wedi’u rhestru yn {note}.</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Adrannau</translation>
        </message>
        <message>
            <source>Choose the part of cpdlog to show</source>
            <translation>Dewiswch pa ran o cpdlog i’w dangos</translation>
        </message>
        <message>
            <source>Journal</source>
            <translation>Dyddlyfr</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Darllenydd</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Cynnydd</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Allforio</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Sbwriel</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <source>Capture a &amp;hashtag discussion…</source>
            <translation>Cipio trafodaeth &amp;hashnod…</translation>
        </message>
        <message>
            <source>Collect a Mastodon hashtag discussion over a time window as a draft entry</source>
            <translation>Casglu trafodaeth hashnod ar Mastodon dros gyfnod penodol fel cofnod drafft</translation>
        </message>
        <message>
            <source>&amp;Where your journal is kept…</source>
            <translation>&amp;Ble mae eich dyddlyfr yn cael ei gadw…</translation>
        </message>
        <message>
            <source>Keep your journal on this computer or on your organisation's cpdlog server</source>
            <translation>Cadw eich dyddlyfr ar y cyfrifiadur hwn neu ar weinydd cpdlog eich sefydliad</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Golygu</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>Ctrl+Z</source>
            <translation>Ctrl+Z</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Z</source>
            <translation>Ctrl+Shift+Z</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>G&amp;weld</translation>
        </message>
        <message>
            <source>Sort standards &amp;coverage by</source>
            <translation>Trefnu’r safonau a gw&amp;mpaswyd yn ôl</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Cymorth</translation>
        </message>
        <message>
            <source>&amp;Save pages from your browser…</source>
            <translation>&amp;Cadw tudalennau o’ch porwr…</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Prif far offer</translation>
        </message>
        <message>
            <source>Background work</source>
            <translation>Gwaith yn y cefndir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Cancel the feed refresh</source>
            <translation>Canslo adnewyddu’r ffrydiau</translation>
        </message>
        <message>
            <source>Stops fetching new items; the feeds already fetched keep theirs</source>
            <translation>Yn rhoi’r gorau i nôl eitemau newydd; mae’r ffrydiau a nôlwyd eisoes yn cadw eu heitemau</translation>
        </message>
        <message>
            <source>{shown} of {total} entries</source>
            <translation>{shown} o {total} cofnod</translation>
        </message>
        <message>
            <source>Saved “{title}” as a draft: it does not count until it is finished.</source>
            <translation>Wedi cadw “{title}” fel drafft: nid yw’n cyfrif nes ei fod wedi’i orffen.</translation>
        </message>
        <message>
            <source>Saved “{title}”.</source>
            <translation>Wedi cadw “{title}”.</translation>
        </message>
        <message>
            <source>Copied “{title}” in the order of the regulator's form.</source>
            <translation>Wedi copïo “{title}” yn nhrefn ffurflen y rheoleiddiwr.</translation>
        </message>
        <message>
            <source>Feeds %v of %m</source>
            <translation>Ffrydiau %v o %m</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Wrthi’n gwneud copi wrth gefn…</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Copi wrth gefn wedi’i gadw yn {path}</translation>
        </message>
        <message>
            <source>&amp;Send for review…</source>
            <translation>An&amp;fon i'w adolygu…</translation>
        </message>
        <message>
            <source>I&amp;mport review response…</source>
            <translation>&amp;Mewnforio ymateb adolygu…</translation>
        </message>
        <message>
            <source>&amp;Open a review pack…</source>
            <translation>Agor pecyn adolyg&amp;u…</translation>
        </message>
        <message>
            <source>Re&amp;view comments and sign-off…</source>
            <translation>&amp;Sylwadau a chymeradwyo…</translation>
        </message>
        <message>
            <source>Save the selected entries as a review pack for a supervisor</source>
            <translation>Cadw'r cofnodion a ddewiswyd fel pecyn adolygu i oruchwyliwr</translation>
        </message>
        <message>
            <source>For supervisors: comment on and sign off a review pack</source>
            <translation>I oruchwylwyr: rhoi sylwadau ar becyn adolygu a'i gymeradwyo</translation>
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>Aeth rhywbeth o’i le: {error}</translation>
        </message>
        <message>
            <source>&amp;New entry…</source>
            <translation>Cofnod &amp;newydd…</translation>
        </message>
        <message>
            <source>Record a new piece of CPD</source>
            <translation>Cofnodi darn newydd o DPP</translation>
        </message>
        <message>
            <source>&amp;Edit entry…</source>
            <translation>&amp;Golygu’r cofnod…</translation>
        </message>
        <message>
            <source>Edit the selected entry</source>
            <translation>Golygu’r cofnod a ddewiswyd</translation>
        </message>
        <message>
            <source>&amp;Move to trash</source>
            <translation>&amp;Symud i’r sbwriel</translation>
        </message>
        <message>
            <source>Move the selected entries to the trash (Undo brings them back)</source>
            <translation>Symud y cofnodion a ddewiswyd i’r sbwriel (mae Dadwneud yn dod â nhw’n ôl)</translation>
        </message>
        <message>
            <source>&amp;Copy for regulator form</source>
            <translation>&amp;Copïo ar gyfer ffurflen y rheoleiddiwr</translation>
        </message>
        <message>
            <source>Copy the entry as text laid out like the regulator's CPD form</source>
            <translation>Copïo’r cofnod fel testun wedi’i osod fel ffurflen DPP y rheoleiddiwr</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>Dod o &amp;hyd i…</translation>
        </message>
        <message>
            <source>Search the journal</source>
            <translation>Chwilio’r dyddlyfr</translation>
        </message>
        <message>
            <source>Re&amp;fresh feeds</source>
            <translation>Adne&amp;wyddu ffrydiau</translation>
        </message>
        <message>
            <source>Fetch new items from the feeds you follow</source>
            <translation>Nôl eitemau newydd o’r ffrydiau rydych yn eu dilyn</translation>
        </message>
        <message>
            <source>&amp;Export portfolio…</source>
            <translation>&amp;Allforio portffolio…</translation>
        </message>
        <message>
            <source>Make a PDF portfolio of your CPD</source>
            <translation>Creu portffolio PDF o’ch DPP</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Gwneud copi wrth &amp;gefn nawr</translation>
        </message>
        <message>
            <source>Copy the journal to the backups folder</source>
            <translation>Copïo’r dyddlyfr i’r ffolder copïau wrth gefn</translation>
        </message>
        <message>
            <source>Open &amp;data folder</source>
            <translation>Agor y ffolder &amp;data</translation>
        </message>
        <message>
            <source>&amp;Profile and regulator…</source>
            <translation>&amp;Proffil a rheoleiddiwr…</translation>
        </message>
        <message>
            <source>Your name, regulator and registration date</source>
            <translation>Eich enw, eich rheoleiddiwr a’ch dyddiad cofrestru</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Gadae&amp;l</translation>
        </message>
        <message>
            <source>&amp;Journal</source>
            <translation>&amp;Dyddlyfr</translation>
        </message>
        <message>
            <source>&amp;Reader</source>
            <translation>Da&amp;rllenydd</translation>
        </message>
        <message>
            <source>&amp;Progress</source>
            <translation>&amp;Cynnydd</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>&amp;Allforio</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>&amp;Sbwriel</translation>
        </message>
        <message>
            <source>Entries you moved to the trash: restore them</source>
            <translation>Cofnodion rydych wedi’u symud i’r sbwriel: adferwch nhw</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Ail&amp;lwytho</translation>
        </message>
        <message>
            <source>Read the journal again</source>
            <translation>Darllen y dyddlyfr eto</translation>
        </message>
        <message>
            <source>&amp;About cpdlog</source>
            <translation>&amp;Ynghylch cpdlog</translation>
        </message>
        <message numerus="yes">
            <source>Move %n entries to the trash</source>
            <translation>
                <numerusform>Symud %n cofnod i’r sbwriel</numerusform>
                <numerusform>Symud %n cofnod i’r sbwriel</numerusform>
                <numerusform>Symud %n cofnod i’r sbwriel</numerusform>
                <numerusform>Symud %n cofnod i’r sbwriel</numerusform>
                <numerusform>Symud %n cofnod i’r sbwriel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Moved %n entries to the trash. Press Ctrl+Z to undo.</source>
            <translation>
                <numerusform>Wedi symud %n cofnod i’r sbwriel. Pwyswch Ctrl+Z i ddadwneud.</numerusform>
                <numerusform>Wedi symud %n cofnod i’r sbwriel. Pwyswch Ctrl+Z i ddadwneud.</numerusform>
                <numerusform>Wedi symud %n cofnod i’r sbwriel. Pwyswch Ctrl+Z i ddadwneud.</numerusform>
                <numerusform>Wedi symud %n cofnod i’r sbwriel. Pwyswch Ctrl+Z i ddadwneud.</numerusform>
                <numerusform>Wedi symud %n cofnod i’r sbwriel. Pwyswch Ctrl+Z i ddadwneud.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Following %n curated sources: press Refresh in the Reader for their articles.</source>
            <translation>
                <numerusform>Yn dilyn %n ffynhonnell ddethol: pwyswch Adnewyddu yn y Darllenydd i gael eu herthyglau.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell ddethol: pwyswch Adnewyddu yn y Darllenydd i gael eu herthyglau.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell ddethol: pwyswch Adnewyddu yn y Darllenydd i gael eu herthyglau.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell ddethol: pwyswch Adnewyddu yn y Darllenydd i gael eu herthyglau.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell ddethol: pwyswch Adnewyddu yn y Darllenydd i gael eu herthyglau.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OfflineSaver</name>
        <message>
            <source>“{title}” is kept on this computer, waiting to be saved.</source>
            <translation>Mae “{title}” yn cael ei gadw ar y cyfrifiadur hwn, yn aros i gael ei gadw.</translation>
        </message>
        <message>
            <source>These entries were changed on the server while you were away from it, so your version was saved as a separate entry beside it. Nothing was overwritten:
{titles}</source>
            <translation>Newidiwyd y cofnodion hyn ar y gweinydd tra oeddech i ffwrdd ohono, felly cadwyd eich fersiwn chi fel cofnod ar wahân wrth ei ochr. Ni throswyd dim:
{titles}</translation>
        </message>
        <message>
            <source>These entries could not be saved on the server, so they are open again for you to finish. Nothing you typed was lost.
{problems}</source>
            <translation>Ni ellid cadw'r cofnodion hyn ar y gweinydd, felly maen nhw ar agor eto i chi eu gorffen. Ni chollwyd dim a deipiwyd gennych.
{problems}</translation>
        </message>
        <message>
            <source>cpdlog</source>
            <translation>cpdlog</translation>
        </message>
        <message numerus="yes">
            <source>The server is back: saved %n entries that were waiting.</source>
            <translation>
                <numerusform>Mae'r gweinydd yn ôl: wedi cadw %n cofnod a oedd yn aros.</numerusform>
                <numerusform>Mae'r gweinydd yn ôl: wedi cadw %n cofnod a oedd yn aros.</numerusform>
                <numerusform>Mae'r gweinydd yn ôl: wedi cadw %n cofnod a oedd yn aros.</numerusform>
                <numerusform>Mae'r gweinydd yn ôl: wedi cadw %n cofnod a oedd yn aros.</numerusform>
                <numerusform>Mae'r gweinydd yn ôl: wedi cadw %n cofnod a oedd yn aros.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Regulator</source>
            <translation>Rheoleiddiwr</translation>
        </message>
        <message>
            <source>The regulator whose CPD requirements your progress is measured against</source>
            <translation>Y rheoleiddiwr y mesurir eich cynnydd yn erbyn ei ofynion DPP</translation>
        </message>
        <message>
            <source>&amp;Regulator:</source>
            <translation>&amp;Rheoleiddiwr:</translation>
        </message>
        <message>
            <source>Registration period</source>
            <translation>Cyfnod cofrestru</translation>
        </message>
        <message>
            <source>The stretch of your registration whose progress is shown</source>
            <translation>Y rhan o’ch cofrestriad y dangosir ei chynnydd</translation>
        </message>
        <message>
            <source>Peri&amp;od:</source>
            <translation>C&amp;yfnod:</translation>
        </message>
        <message>
            <source>Period just ended ({start} to {end})</source>
            <translation>Cyfnod sydd newydd ddod i ben ({start} i {end})</translation>
        </message>
        <message>
            <source>Current period</source>
            <translation>Y cyfnod presennol</translation>
        </message>
        <message>
            <source>Period ending in {year}</source>
            <translation>Cyfnod yn dod i ben yn {year}</translation>
        </message>
        <message>
            <source>E&amp;xport this period's portfolio</source>
            <translation>&amp;Allforio portffolio’r cyfnod hwn</translation>
        </message>
        <message>
            <source>Makes a PDF of the CPD you recorded in the period that has just ended</source>
            <translation>Yn creu PDF o’r DPP a gofnodwyd gennych yn y cyfnod sydd newydd ddod i ben</translation>
        </message>
        <message>
            <source>Show the &amp;new period</source>
            <translation>Dangos y cyfnod &amp;newydd</translation>
        </message>
        <message>
            <source>Shows your progress in the registration period you are in now</source>
            <translation>Yn dangos eich cynnydd yn y cyfnod cofrestru rydych ynddo nawr</translation>
        </message>
        <message>
            <source>Things a regulator may &amp;question:</source>
            <translation>&amp;Pethau y gallai rheoleiddiwr eu cwestiynu:</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Rhybuddion</translation>
        </message>
        <message>
            <source>Press Enter on a warning to open its entry</source>
            <translation>Pwyswch Enter ar rybudd i agor ei gofnod</translation>
        </message>
        <message>
            <source>Show hours by month as a &amp;table</source>
            <translation>Dangos oriau fesul mis fel &amp;tabl</translation>
        </message>
        <message>
            <source>Switches between the chart and a table of the same numbers</source>
            <translation>Yn newid rhwng y siart a thabl o’r un rhifau</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mis</translation>
        </message>
        <message>
            <source>Standards &amp;coverage this period:</source>
            <translation>&amp;Safonau a gwmpaswyd yn y cyfnod hwn:</translation>
        </message>
        <message>
            <source>Sort standards &amp;coverage by</source>
            <translation>Trefnu’r safonau a gw&amp;mpaswyd yn ôl</translation>
        </message>
        <message>
            <source>Standards coverage</source>
            <translation>Safonau a gwmpaswyd</translation>
        </message>
        <message>
            <source>Each professional standard, and whether this period's entries cover it</source>
            <translation>Pob safon broffesiynol, ac a yw cofnodion y cyfnod hwn yn ei chwmpasu</translation>
        </message>
        <message>
            <source>Show hours by month as a &amp;chart</source>
            <translation>Dangos oriau fesul mis fel &amp;siart</translation>
        </message>
        <message>
            <source>{month}: {hours} hours</source>
            <translation>{month}: {hours} awr</translation>
        </message>
        <message>
            <source>No hours recorded in this period yet</source>
            <translation>Dim oriau wedi’u cofnodi yn y cyfnod hwn eto</translation>
        </message>
        <message>
            <source>Working out your progress…</source>
            <translation>Wrthi’n cyfrifo eich cynnydd…</translation>
        </message>
        <message>
            <source>today is the last day</source>
            <translation>heddiw yw’r diwrnod olaf</translation>
        </message>
        <message>
            <source>the deadline has passed</source>
            <translation>mae’r dyddiad cau wedi mynd heibio</translation>
        </message>
        <message>
            <source>Outcome: every requirement was met.</source>
            <translation>Canlyniad: bodlonwyd pob gofyniad.</translation>
        </message>
        <message>
            <source>Outcome: not met.</source>
            <translation>Canlyniad: heb ei fodloni.</translation>
        </message>
        <message>
            <source>All requirements are met.</source>
            <translation>Mae pob gofyniad wedi’i fodloni.</translation>
        </message>
        <message>
            <source>Not all met yet.</source>
            <translation>Nid yw pob un wedi’i fodloni eto.</translation>
        </message>
        <message>
            <source>{regulator}: {start} to {end}. Deadline {deadline} ({when}). {entries} and {hours} counted. {state}</source>
            <translation>{regulator}: {start} i {end}. Dyddiad cau {deadline} ({when}). {entries} a {hours} wedi’u cyfrif. {state}</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 awr</translation>
        </message>
        <message>
            <source>{hours} hours</source>
            <translation>{hours} awr</translation>
        </message>
        <message>
            <source>This period has ended. {outcome}</source>
            <translation>Mae’r cyfnod hwn wedi dod i ben. {outcome}</translation>
        </message>
        <message>
            <source>Entry {id}</source>
            <translation>Cofnod {id}</translation>
        </message>
        <message>
            <source>{title} — {date}, {hours}</source>
            <translation>{title} — {date}, {hours}</translation>
        </message>
        <message>
            <source>“{title}”: changed since it was signed off on {date}</source>
            <translation>“{title}”: wedi newid ers iddo gael ei gymeradwyo ar {date}</translation>
        </message>
        <message>
            <source>Nothing to question so far.</source>
            <translation>Dim i’w gwestiynu hyd yma.</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open this entry</source>
            <translation>Cliciwch ddwywaith neu bwyso Enter i agor y cofnod hwn</translation>
        </message>
        <message>
            <source>Hours by month</source>
            <translation>Oriau fesul mis</translation>
        </message>
        <message>
            <source>Progress towards your requirements</source>
            <translation>Cynnydd tuag at eich gofynion</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Oriau</translation>
        </message>
        <message>
            <source>Hours by month, as a chart</source>
            <translation>Oriau fesul mis, fel siart</translation>
        </message>
        <message>
            <source>Hours by month, {start} to {end}</source>
            <translation>Oriau fesul mis, {start} i {end}</translation>
        </message>
        <message numerus="yes">
            <source>%n days left</source>
            <translation>
                <numerusform>%n diwrnod ar ôl</numerusform>
                <numerusform>%n diwrnod ar ôl</numerusform>
                <numerusform>%n diwrnod ar ôl</numerusform>
                <numerusform>%n diwrnod ar ôl</numerusform>
                <numerusform>%n diwrnod ar ôl</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProtectDialog</name>
        <message>
            <source>Change your passphrase</source>
            <translation>Newid eich cyfrinymadrodd</translation>
        </message>
        <message>
            <source>Protect your journal with a passphrase</source>
            <translation>Diogelu eich dyddlyfr â chyfrinymadrodd</translation>
        </message>
        <message>
            <source>With a passphrase, your journal, its evidence and its backups are stored encrypted: someone who copies them from this computer cannot read them.

If you lose the passphrase, only the recovery key (shown next, once) can open your journal. If you lose both, nobody can open it, not even cpdlog's makers.</source>
            <translation>Gyda chyfrinymadrodd, caiff eich dyddlyfr, ei dystiolaeth a’i gopïau wrth gefn eu cadw wedi’u hamgryptio: ni all rhywun sy’n eu copïo o’r cyfrifiadur hwn eu darllen.

Os byddwch yn colli’r cyfrinymadrodd, dim ond yr allwedd adfer (a ddangosir nesaf, unwaith) all agor eich dyddlyfr. Os byddwch yn colli’r ddau, ni all neb ei agor, dim hyd yn oed gwneuthurwyr cpdlog.</translation>
        </message>
        <message>
            <source>Your current passphrase</source>
            <translation>Eich cyfrinymadrodd presennol</translation>
        </message>
        <message>
            <source>The passphrase you unlock your journal with now</source>
            <translation>Y cyfrinymadrodd rydych yn datgloi eich dyddlyfr ag ef nawr</translation>
        </message>
        <message>
            <source>New passphrase (at least 10 characters)</source>
            <translation>Cyfrinymadrodd newydd (o leiaf 10 nod)</translation>
        </message>
        <message>
            <source>A few unrelated words are easy to remember and hard to guess</source>
            <translation>Mae ychydig eiriau digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu</translation>
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation>Yr un cyfrinymadrodd eto</translation>
        </message>
        <message>
            <source>Type the new passphrase once more, to be sure it is what you meant</source>
            <translation>Teipiwch y cyfrinymadrodd newydd unwaith eto, i fod yn siŵr mai dyna a olygwch</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Newid y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>Protect my journal</source>
            <translation>Diogelu fy nyddlyfr</translation>
        </message>
        <message>
            <source>Encrypts your journal with the new passphrase, then shows your recovery key</source>
            <translation>Yn amgryptio eich dyddlyfr â’r cyfrinymadrodd newydd, yna’n dangos eich allwedd adfer</translation>
        </message>
        <message>
            <source>Changes the passphrase your journal is unlocked with</source>
            <translation>Yn newid y cyfrinymadrodd sy’n datgloi eich dyddlyfr</translation>
        </message>
        <message>
            <source>Closes this window and changes nothing</source>
            <translation>Yn cau’r ffenestr hon heb newid dim</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>Nid yw’r ddau gyfrinymadrodd yr un fath.</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least 10 characters: a few unrelated words are easy to remember and hard to guess.</source>
            <translation>Dewiswch gyfrinymadrodd o leiaf 10 nod: mae ychydig o eiriau nad ydynt yn gysylltiedig â’i gilydd yn hawdd eu cofio ac yn anodd eu dyfalu.</translation>
        </message>
    </context>
    <context>
        <name>Protection</name>
        <message>
            <source>&amp;Passphrase protection</source>
            <translation>Diogelu â &amp;chyfrinymadrodd</translation>
        </message>
        <message>
            <source>&amp;Protect my journal with a passphrase…</source>
            <translation>&amp;Diogelu fy nyddlyfr â chyfrinymadrodd…</translation>
        </message>
        <message>
            <source>&amp;Change the passphrase…</source>
            <translation>&amp;Newid y cyfrinymadrodd…</translation>
        </message>
        <message>
            <source>&amp;Stop protecting it with a passphrase…</source>
            <translation>&amp;Peidio â’i ddiogelu â chyfrinymadrodd…</translation>
        </message>
        <message>
            <source>&amp;Forget the passphrase remembered on this computer</source>
            <translation>&amp;Anghofio’r cyfrinymadrodd a gofiwyd ar y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>Stop protecting your journal</source>
            <translation>Peidio â diogelu eich dyddlyfr</translation>
        </message>
        <message>
            <source>This computer no longer remembers your passphrase.</source>
            <translation>Nid yw’r cyfrifiadur hwn yn cofio eich cyfrinymadrodd mwyach.</translation>
        </message>
        <message>
            <source>cpdlog is still busy (saving, or working in the background). Nothing was changed; try again in a moment.</source>
            <translation>Mae cpdlog yn dal yn brysur (yn cadw, neu’n gweithio yn y cefndir). Ni chafodd dim ei newid; rhowch gynnig arall arni mewn munud.</translation>
        </message>
        <message>
            <source>Encrypting your journal, its evidence and backups…</source>
            <translation>Wrthi’n amgryptio eich dyddlyfr, ei dystiolaeth a’i gopïau wrth gefn…</translation>
        </message>
        <message>
            <source>Storing your journal unencrypted…</source>
            <translation>Wrthi’n cadw eich dyddlyfr heb ei amgryptio…</translation>
        </message>
        <message>
            <source>Your journal is now encrypted.</source>
            <translation>Mae eich dyddlyfr wedi’i amgryptio nawr.</translation>
        </message>
        <message>
            <source>Your journal is no longer encrypted: anyone who can open its folder can read it.</source>
            <translation>Nid yw eich dyddlyfr wedi’i amgryptio mwyach: gall unrhyw un sy’n gallu agor ei ffolder ei ddarllen.</translation>
        </message>
        <message>
            <source>Your journal was not changed and is as it was: {error}</source>
            <translation>Ni chafodd eich dyddlyfr ei newid ac mae fel yr oedd: {error}</translation>
        </message>
        <message>
            <source>Your journal is now encrypted, but sealing its evidence and backups stopped part-way: {problem} It is finished the next time your journal opens.</source>
            <translation>Mae eich dyddlyfr wedi’i amgryptio nawr, ond fe stopiodd amgryptio ei dystiolaeth a’i gopïau wrth gefn hanner ffordd: {problem} Caiff ei orffen y tro nesaf y bydd eich dyddlyfr yn agor.</translation>
        </message>
        <message>
            <source>Your journal is now encrypted. Sealing its evidence and backups stopped part-way ({problem}), but it was finished when your journal was opened again.</source>
            <translation>Mae eich dyddlyfr wedi’i amgryptio nawr. Fe stopiodd amgryptio ei dystiolaeth a’i gopïau wrth gefn hanner ffordd ({problem}), ond cafodd ei orffen pan agorwyd eich dyddlyfr eto.</translation>
        </message>
        <message>
            <source>Your journal itself was converted, but the rest stopped part-way: {error} It is finished the next time your journal opens.</source>
            <translation>Cafodd eich dyddlyfr ei hun ei drosi, ond stopiodd y gweddill ar ei hanner: {error} Caiff ei orffen y tro nesaf y bydd eich dyddlyfr yn agor.</translation>
        </message>
        <message>
            <source>cpdlog</source>
            <translation>cpdlog</translation>
        </message>
        <message>
            <source>Your journal is now encrypted, but it could not be opened again: {error} Keep your recovery key, then start cpdlog again.</source>
            <translation>Mae eich dyddlyfr wedi’i amgryptio nawr, ond nid oedd modd ei agor eto: {error} Cadwch eich allwedd adfer, yna dechreuwch cpdlog eto.</translation>
        </message>
        <message>
            <source>Your passphrase is changed; the old recovery key no longer works.</source>
            <translation>Mae eich cyfrinymadrodd wedi newid; nid yw’r hen allwedd adfer yn gweithio mwyach.</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Ffolder</translation>
        </message>
        <message>
            <source>File Folder</source>
            <comment>Match Windows Explorer</comment>
            <translation>Ffolder ffeiliau</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>D&amp;ewis y cyfan</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Cam i &amp;fyny</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Cam i &amp;lawr</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Edrych yn:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>E&amp;nw’r ffeil:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Math o ffeiliau:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>A&amp;gor</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Ymlaen</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Ffolder rhiant</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Mynd yn ôl</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Mynd ymlaen</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Mynd i’r ffolder rhiant</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Creu ffolder newydd</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Creu ffolder newydd</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Golwg rhestr</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Golwg manylion</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Newid i olwg rhestr</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Newid i olwg manylion</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bar ochr</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Rhestr o leoedd a nodau tudalen</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Ffeiliau</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ailenwi</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Dileu</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Dangos ffeiliau &amp;cudd</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Ffolder &amp;newydd</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Dyddiad newid</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Cyfrifiadur</translation>
        </message>
        <message>
            <source>Type</source>
            <comment>All other platforms</comment>
            <translation>Math</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>Match OS X Finder</comment>
            <translation>Math</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y cyfan</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Dangos manylion...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Cadw’r cyfan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ie</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ie i’r &amp;cyfan</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;a i’r cyfan</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Terfynu</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ailgynnig</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Anwybyddu</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Gwaredu</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Gweithredu</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Adfer y rhagosodiadau</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copïo lleoliad y dd&amp;olen</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y cyfan</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Adnewyddu</translation>
        </message>
        <message>
            <source>Fetch new items from every feed (Ctrl+R)</source>
            <translation>Nôl eitemau newydd o bob ffrwd (Ctrl+R)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <source>Cancel the refresh</source>
            <translation>Canslo’r adnewyddu</translation>
        </message>
        <message>
            <source>Stops fetching new items; the feeds already fetched keep theirs</source>
            <translation>Yn rhoi’r gorau i nôl eitemau newydd; mae’r ffrydiau a nôlwyd eisoes yn cadw eu heitemau</translation>
        </message>
        <message>
            <source>Fee&amp;ds</source>
            <translation>Ff&amp;rydiau</translation>
        </message>
        <message>
            <source>Manage feeds</source>
            <translation>Rheoli ffrydiau</translation>
        </message>
        <message>
            <source>Opens a menu to add, import, export or unfollow feeds</source>
            <translation>Yn agor dewislen i ychwanegu, mewnforio, allforio neu beidio â dilyn ffrydiau</translation>
        </message>
        <message>
            <source>Add a feed or website…</source>
            <translation>Ychwanegu ffrwd neu wefan…</translation>
        </message>
        <message>
            <source>Follow a hashtag…</source>
            <translation>Dilyn hashnod…</translation>
        </message>
        <message>
            <source>Curated social work sources…</source>
            <translation>Ffynonellau gwaith cymdeithasol dethol…</translation>
        </message>
        <message>
            <source>Your team's sources…</source>
            <translation>Ffynonellau eich tîm…</translation>
        </message>
        <message>
            <source>Import a list of feeds (OPML)…</source>
            <translation>Mewnforio rhestr o ffrydiau (OPML)…</translation>
        </message>
        <message>
            <source>Export your list of feeds (OPML)…</source>
            <translation>Allforio eich rhestr o ffrydiau (OPML)…</translation>
        </message>
        <message>
            <source>Unfollow the selected feed…</source>
            <translation>Peidio â dilyn y ffrwd a ddewiswyd…</translation>
        </message>
        <message>
            <source>Unread o&amp;nly</source>
            <translation>Heb eu darllen yn &amp;unig</translation>
        </message>
        <message>
            <source>When ticked, the list shows only the items you have not read yet</source>
            <translation>Pan fydd wedi’i dicio, mae’r rhestr yn dangos yr eitemau nad ydych wedi’u darllen eto yn unig</translation>
        </message>
        <message>
            <source>Search items</source>
            <translation>Chwilio eitemau</translation>
        </message>
        <message>
            <source>Type words and press Enter to list only the items that contain them</source>
            <translation>Teipiwch eiriau a phwyso Enter i restru’r eitemau sy’n eu cynnwys yn unig</translation>
        </message>
        <message>
            <source>Sear&amp;ch:</source>
            <translation>Chw&amp;ilio:</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>Ffrydiau</translation>
        </message>
        <message>
            <source>The feeds you follow: choose one to list its items</source>
            <translation>Y ffrydiau rydych yn eu dilyn: dewiswch un i restru ei eitemau</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Eitemau</translation>
        </message>
        <message>
            <source>The items of the chosen feed: choose one to read it</source>
            <translation>Eitemau’r ffrwd a ddewiswyd: dewiswch un i’w darllen</translation>
        </message>
        <message>
            <source>&amp;Log as CPD</source>
            <translation>Cof&amp;nodi fel DPP</translation>
        </message>
        <message>
            <source>Make a draft CPD entry from this item and edit it</source>
            <translation>Creu cofnod DPP drafft o’r eitem hon a’i olygu</translation>
        </message>
        <message>
            <source>&amp;Mark unread</source>
            <translation>&amp;Marcio heb ei ddarllen</translation>
        </message>
        <message>
            <source>Marks the chosen item as read or as unread</source>
            <translation>Yn nodi’r eitem a ddewiswyd fel un wedi’i darllen neu heb ei darllen</translation>
        </message>
        <message>
            <source>&amp;Star</source>
            <translation>Rhoi &amp;seren</translation>
        </message>
        <message>
            <source>Stars the chosen item so that you can find it again, or takes its star off</source>
            <translation>Yn rhoi seren ar yr eitem a ddewiswyd fel y gallwch ddod o hyd iddi eto, neu’n tynnu ei seren</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>Ag&amp;or yn y porwr</translation>
        </message>
        <message>
            <source>Opens the chosen item's web page in your web browser</source>
            <translation>Yn agor tudalen we’r eitem a ddewiswyd yn eich porwr gwe</translation>
        </message>
        <message>
            <source>Show &amp;images</source>
            <translation>Dangos &amp;delweddau</translation>
        </message>
        <message>
            <source>Download this item's pictures from the sites that host them</source>
            <translation>Llwytho lluniau’r eitem hon i lawr o’r gwefannau sy’n eu cynnal</translation>
        </message>
        <message>
            <source>Full &amp;text</source>
            <translation>Testun &amp;llawn</translation>
        </message>
        <message>
            <source>Fetch the whole article from its web page and keep it to read offline ({key})</source>
            <translation>Nôl yr erthygl gyfan o'i thudalen we a'i chadw i'w darllen all-lein ({key})</translation>
        </message>
        <message>
            <source>Full text</source>
            <translation>Testun llawn</translation>
        </message>
        <message>
            <source>Open &amp;logged entry</source>
            <translation>Agor y cofnod a &amp;gofnodwyd</translation>
        </message>
        <message>
            <source>&amp;Mark read</source>
            <translation>&amp;Marcio wedi’i ddarllen</translation>
        </message>
        <message>
            <source>Un&amp;star</source>
            <translation>Tynnu’r &amp;seren</translation>
        </message>
        <message>
            <source>Show &amp;images ({n})</source>
            <translation>Dangos &amp;delweddau ({n})</translation>
        </message>
        <message>
            <source>Loading images…</source>
            <translation>Wrthi’n llwytho delweddau…</translation>
        </message>
        <message>
            <source>Feed &amp;text</source>
            <translation>&amp;Testun y ffrwd</translation>
        </message>
        <message>
            <source>Fetching the full text…</source>
            <translation>Wrthi'n nôl y testun llawn…</translation>
        </message>
        <message>
            <source>About the full text</source>
            <translation>Ynglŷn â'r testun llawn</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Eitem</translation>
        </message>
        <message>
            <source>The text of the chosen item</source>
            <translation>Testun yr eitem a ddewiswyd</translation>
        </message>
        <message>
            <source>Refresh summary</source>
            <translation>Crynodeb o’r adnewyddu</translation>
        </message>
        <message>
            <source>Show details</source>
            <translation>Dangos manylion</translation>
        </message>
        <message>
            <source>Shows or hides the list of feeds that could not be refreshed</source>
            <translation>Yn dangos neu’n cuddio’r rhestr o ffrydiau na ellid eu hadnewyddu</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Dismiss the refresh summary</source>
            <translation>Cau’r crynodeb o’r adnewyddu</translation>
        </message>
        <message>
            <source>Hides this summary until the next refresh</source>
            <translation>Yn cuddio’r crynodeb hwn tan yr adnewyddiad nesaf</translation>
        </message>
        <message>
            <source>Feeds that could not be refreshed</source>
            <translation>Ffrydiau nad oedd modd eu hadnewyddu</translation>
        </message>
        <message>
            <source>Each feed that failed, with the reason</source>
            <translation>Pob ffrwd a fethodd, gyda’r rheswm</translation>
        </message>
        <message>
            <source>Hide details</source>
            <translation>Cuddio manylion</translation>
        </message>
        <message>
            <source>Could not reach {n} of {total} feeds — are you offline?</source>
            <translation>Methu cyrraedd {n} o {total} ffrwd — ydych chi all-lein?</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(heb deitl)</translation>
        </message>
        <message>
            <source>Full text from its web page, kept on {date} to read offline.</source>
            <translation>Testun llawn o'i dudalen we, wedi'i gadw ar {date} i'w ddarllen all-lein.</translation>
        </message>
        <message>
            <source>The page was longer; cpdlog kept its first part only.</source>
            <translation>Roedd y dudalen yn hirach; dim ond ei rhan gyntaf a gadwodd cpdlog.</translation>
        </message>
        <message>
            <source>Fetching the full text of “{title}”…</source>
            <translation>Wrthi'n nôl testun llawn “{title}”…</translation>
        </message>
        <message>
            <source>Full text kept to read offline.</source>
            <translation>Mae'r testun llawn wedi'i gadw i'w ddarllen all-lein.</translation>
        </message>
        <message>
            <source>The full text could not be fetched.</source>
            <translation>Nid oedd modd nôl y testun llawn.</translation>
        </message>
        <message>
            <source>{problem} The feed's own text is shown instead.</source>
            <translation>{problem} Dangosir testun y ffrwd ei hun yn lle hynny.</translation>
        </message>
        <message>
            <source>Always fetch full text for the selected feed</source>
            <translation>Nôl y testun llawn bob amser ar gyfer y ffrwd a ddewiswyd</translation>
        </message>
        <message>
            <source>After each refresh, fetch the new items' web pages and keep them to read offline</source>
            <translation>Ar ôl pob adnewyddiad, nôl tudalennau gwe'r eitemau newydd a'u cadw i'w darllen all-lein</translation>
        </message>
        <message>
            <source>Unfollow this feed…</source>
            <translation>Peidio â dilyn y ffrwd hon…</translation>
        </message>
        <message>
            <source>Choose a feed first.</source>
            <translation>Dewiswch ffrwd yn gyntaf.</translation>
        </message>
        <message>
            <source>New items from “{feed}” will have their full text fetched after each refresh.</source>
            <translation>Bydd testun llawn eitemau newydd o “{feed}” yn cael ei nôl ar ôl pob adnewyddiad.</translation>
        </message>
        <message>
            <source>Full text is no longer fetched for “{feed}”.</source>
            <translation>Nid yw'r testun llawn yn cael ei nôl ar gyfer “{feed}” mwyach.</translation>
        </message>
        <message>
            <source>“{feed}” could not be refreshed: {error}</source>
            <translation>Nid oedd modd adnewyddu “{feed}”: {error}</translation>
        </message>
        <message>
            <source>No items match.</source>
            <translation>Does dim eitemau’n cyfateb.</translation>
        </message>
        <message>
            <source>No items from “{feed}” yet. Press Refresh to fetch them.</source>
            <translation>Dim eitemau o “{feed}” eto. Pwyswch Adnewyddu i’w nôl.</translation>
        </message>
        <message>
            <source>No items yet. Add feeds, then press Refresh.</source>
            <translation>Dim eitemau eto. Ychwanegwch ffrydiau, yna pwyswch Adnewyddu.</translation>
        </message>
        <message>
            <source>No items yet: none of your feeds could be read the last time. Check your internet connection, then press Refresh.</source>
            <translation>Dim eitemau eto: nid oedd modd darllen yr un o’ch ffrydiau y tro diwethaf. Gwiriwch eich cysylltiad â’r rhyngrwyd, yna pwyswch Adnewyddu.</translation>
        </message>
        <message>
            <source>No items yet. Press Refresh to fetch them.</source>
            <translation>Dim eitemau eto. Pwyswch Adnewyddu i’w nôl.</translation>
        </message>
        <message>
            <source>Fetching the episode's transcript…</source>
            <translation>Wrthi'n nôl trawsgrifiad y bennod…</translation>
        </message>
        <message>
            <source>Keeping a snapshot of the page as evidence…</source>
            <translation>Wrthi'n cadw ciplun o'r dudalen fel tystiolaeth…</translation>
        </message>
        <message>
            <source>The transcript and snapshot could not be added to the entry.</source>
            <translation>Nid oedd modd ychwanegu'r trawsgrifiad a'r ciplun at y cofnod.</translation>
        </message>
        <message>
            <source>{new} new items from {feeds} feeds.</source>
            <translation>{new} eitem newydd o {feeds} ffrwd.</translation>
        </message>
        <message>
            <source>{n} feeds had problems (see the marked feeds).</source>
            <translation>Roedd problemau gyda {n} ffrwd (gweler y ffrydiau sydd wedi’u marcio).</translation>
        </message>
        <message>
            <source>Refresh cancelled. </source>
            <translation>Canslwyd yr adnewyddu. </translation>
        </message>
        <message>
            <source>Add a feed</source>
            <translation>Ychwanegu ffrwd</translation>
        </message>
        <message>
            <source>Address of a feed or of a website that has one:</source>
            <translation>Cyfeiriad ffrwd neu wefan sydd ag un:</translation>
        </message>
        <message>
            <source>A web address, such as a social work blog's: cpdlog finds its feed</source>
            <translation>Cyfeiriad gwe, megis un blog gwaith cymdeithasol: mae cpdlog yn dod o hyd i’w ffrwd</translation>
        </message>
        <message>
            <source>Follows the feed: its new items appear in the Reader</source>
            <translation>Yn dilyn y ffrwd: bydd ei heitemau newydd yn ymddangos yn y Darllenydd</translation>
        </message>
        <message>
            <source>Closes this window without adding a feed</source>
            <translation>Yn cau’r ffenestr hon heb ychwanegu ffrwd</translation>
        </message>
        <message>
            <source>Feed added.</source>
            <translation>Ffrwd wedi’i hychwanegu.</translation>
        </message>
        <message>
            <source>Follow a hashtag</source>
            <translation>Dilyn hashnod</translation>
        </message>
        <message>
            <source>&amp;Hashtag:</source>
            <translation>&amp;Hashnod:</translation>
        </message>
        <message>
            <source>&amp;Mastodon server:</source>
            <translation>&amp;Gweinydd Mastodon:</translation>
        </message>
        <message>
            <source>The hashtag to follow, such as socialwork</source>
            <translation>Yr hashnod i’w ddilyn, megis socialwork</translation>
        </message>
        <message>
            <source>The Mastodon server whose public posts with the hashtag are read</source>
            <translation>Y gweinydd Mastodon y darllenir ei negeseuon cyhoeddus â’r hashnod</translation>
        </message>
        <message>
            <source>Follows the hashtag: its posts appear in the Reader as a feed</source>
            <translation>Yn dilyn yr hashnod: bydd ei negeseuon yn ymddangos yn y Darllenydd fel ffrwd</translation>
        </message>
        <message>
            <source>Closes this window without following the hashtag</source>
            <translation>Yn cau’r ffenestr hon heb ddilyn yr hashnod</translation>
        </message>
        <message>
            <source>Import feeds</source>
            <translation>Mewnforio ffrydiau</translation>
        </message>
        <message>
            <source>Lists of feeds (OPML) (*.opml *.xml)</source>
            <translation>Rhestrau o ffrydiau (OPML) (*.opml *.xml)</translation>
        </message>
        <message>
            <source>Feeds imported.</source>
            <translation>Ffrydiau wedi’u mewnforio.</translation>
        </message>
        <message>
            <source>Export feeds</source>
            <translation>Allforio ffrydiau</translation>
        </message>
        <message>
            <source>List of feeds (OPML) (*.opml)</source>
            <translation>Rhestr o ffrydiau (OPML) (*.opml)</translation>
        </message>
        <message>
            <source>Exported {n} feeds.</source>
            <translation>Wedi allforio {n} ffrwd.</translation>
        </message>
        <message>
            <source>Choose a feed to unfollow first.</source>
            <translation>Dewiswch ffrwd i beidio â’i dilyn yn gyntaf.</translation>
        </message>
        <message>
            <source>Unfollow a feed</source>
            <translation>Peidio â dilyn ffrwd</translation>
        </message>
        <message>
            <source>Stop following “{feed}”?</source>
            <translation>Rhoi’r gorau i ddilyn “{feed}”?</translation>
        </message>
        <message>
            <source>Its articles leave the Reader. Entries you logged from it stay in your journal.</source>
            <translation>Bydd ei herthyglau’n gadael y Darllenydd. Bydd cofnodion a gofnodwyd gennych ohoni’n aros yn eich dyddlyfr.</translation>
        </message>
        <message>
            <source>Unfollow</source>
            <translation>Peidio â dilyn</translation>
        </message>
        <message>
            <source>Unfollowed “{feed}”.</source>
            <translation>Wedi rhoi’r gorau i ddilyn “{feed}”.</translation>
        </message>
        <message numerus="yes">
            <source>%n feeds could not be refreshed.</source>
            <translation>
                <numerusform>Nid oedd modd adnewyddu %n ffrwd.</numerusform>
                <numerusform>Nid oedd modd adnewyddu %n ffrwd.</numerusform>
                <numerusform>Nid oedd modd adnewyddu %n ffrwd.</numerusform>
                <numerusform>Nid oedd modd adnewyddu %n ffrwd.</numerusform>
                <numerusform>Nid oedd modd adnewyddu %n ffrwd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n items. Choose one to read it here.</source>
            <translation>
                <numerusform>%n eitem. Dewiswch un i’w darllen yma.</numerusform>
                <numerusform>%n eitem. Dewiswch un i’w darllen yma.</numerusform>
                <numerusform>%n eitem. Dewiswch un i’w darllen yma.</numerusform>
                <numerusform>%n eitem. Dewiswch un i’w darllen yma.</numerusform>
                <numerusform>%n eitem. Dewiswch un i’w darllen yma.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Full text kept to read offline for %n new items.</source>
            <translation>
                <numerusform>Testun llawn wedi'i gadw i'w ddarllen all-lein ar gyfer %n eitem newydd.</numerusform>
                <numerusform>Testun llawn wedi'i gadw i'w ddarllen all-lein ar gyfer %n eitem newydd.</numerusform>
                <numerusform>Testun llawn wedi'i gadw i'w ddarllen all-lein ar gyfer %n eitem newydd.</numerusform>
                <numerusform>Testun llawn wedi'i gadw i'w ddarllen all-lein ar gyfer %n eitem newydd.</numerusform>
                <numerusform>Testun llawn wedi'i gadw i'w ddarllen all-lein ar gyfer %n eitem newydd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Following %n more curated sources.</source>
            <translation>
                <numerusform>Yn dilyn %n ffynhonnell ddethol arall.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell ddethol arall.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell ddethol arall.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell ddethol arall.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell ddethol arall.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Following %n team sources.</source>
            <translation>
                <numerusform>Yn dilyn %n ffynhonnell tîm.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell tîm.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell tîm.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell tîm.</numerusform>
                <numerusform>Yn dilyn %n ffynhonnell tîm.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover unsaved work</source>
            <translation>Adfer gwaith heb ei gadw</translation>
        </message>
        <message>
            <source>cpdlog closed last time before these entries were saved. Their text was kept safe. Recover them to carry on, or discard them.</source>
            <translation>Caeodd cpdlog y tro diwethaf cyn i’r cofnodion hyn gael eu cadw. Cadwyd eu testun yn ddiogel. Adferwch nhw i barhau, neu eu taflu.</translation>
        </message>
        <message>
            <source>Unsaved entries</source>
            <translation>Cofnodion heb eu cadw</translation>
        </message>
        <message>
            <source>Entries whose text was kept when cpdlog closed before they were saved</source>
            <translation>Cofnodion y cadwyd eu testun pan gaeodd cpdlog cyn iddynt gael eu cadw</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(heb deitl)</translation>
        </message>
        <message>
            <source>new entry</source>
            <translation>cofnod newydd</translation>
        </message>
        <message>
            <source>changes to an entry</source>
            <translation>newidiadau i gofnod</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Adfer</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Taflu</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>Penderfynu &amp;wedyn</translation>
        </message>
        <message>
            <source>Opens the chosen entries so that you can carry on and save them</source>
            <translation>Yn agor y cofnodion a ddewiswyd fel y gallwch barhau a’u cadw</translation>
        </message>
        <message>
            <source>Throws away the unsaved text of the chosen entries</source>
            <translation>Yn taflu’r testun nas cadwyd o’r cofnodion a ddewiswyd</translation>
        </message>
        <message>
            <source>Keeps the unsaved text; cpdlog asks you again next time it starts</source>
            <translation>Yn dal gafael ar y testun nas cadwyd; mae cpdlog yn gofyn i chi eto y tro nesaf y bydd yn dechrau</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Your recovery key</source>
            <translation>Eich allwedd adfer</translation>
        </message>
        <message>
            <source>This is your recovery key. It is shown only now. If you forget your passphrase, it is the only way back into your journal. Write it down or save it, and keep it somewhere safe away from this computer.</source>
            <translation>Dyma eich allwedd adfer. Dim ond nawr y caiff ei dangos. Os byddwch yn anghofio eich cyfrinymadrodd, dyma’r unig ffordd yn ôl i mewn i’ch dyddlyfr. Ysgrifennwch hi i lawr neu ei chadw mewn ffeil, a’i chadw’n ddiogel yn rhywle i ffwrdd o’r cyfrifiadur hwn.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Allwedd adfer</translation>
        </message>
        <message>
            <source>The only way back into your journal if you forget your passphrase</source>
            <translation>Yr unig ffordd yn ôl i’ch dyddlyfr os byddwch yn anghofio eich cyfrinymadrodd</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>Copies the recovery key, to paste somewhere safe</source>
            <translation>Yn copïo’r allwedd adfer, i’w gludo rhywle diogel</translation>
        </message>
        <message>
            <source>&amp;Save to a file…</source>
            <translation>Cadw mewn &amp;ffeil…</translation>
        </message>
        <message>
            <source>Saves the recovery key in a file, best on a drive kept away from here</source>
            <translation>Yn cadw’r allwedd adfer mewn ffeil, orau ar yriant a gedwir ymhell o’r fan hon</translation>
        </message>
        <message>
            <source>I have written down or saved my recovery key</source>
            <translation>Rwyf wedi ysgrifennu neu gadw fy allwedd adfer</translation>
        </message>
        <message>
            <source>Tick once the key is kept safe; then you can close this window</source>
            <translation>Ticiwch unwaith y bydd yr allwedd wedi’i chadw’n ddiogel; yna gallwch gau’r ffenestr hon</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi’i wneud</translation>
        </message>
        <message>
            <source>Closes this window</source>
            <translation>Yn cau’r ffenestr hon</translation>
        </message>
        <message>
            <source>Copied. Paste it somewhere safe, not on this computer.</source>
            <translation>Wedi’i chopïo. Gludwch hi yn rhywle diogel, nid ar y cyfrifiadur hwn.</translation>
        </message>
        <message>
            <source>Save the recovery key</source>
            <translation>Cadw’r allwedd adfer</translation>
        </message>
        <message>
            <source>It could not be saved there: {error}</source>
            <translation>Nid oedd modd ei chadw yno: {error}</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Wedi’i chadw yn {path}.</translation>
        </message>
    </context>
    <context>
        <name>RegisteredOnField</name>
        <message>
            <source>I know it:</source>
            <translation>Rwy’n ei wybod:</translation>
        </message>
        <message>
            <source>Tick if you know the date you first registered, then type it beside</source>
            <translation>Ticiwch os ydych yn gwybod y dyddiad y gwnaethoch gofrestru gyntaf, yna teipiwch ef wrth ei ochr</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>Dyddiad cofrestru</translation>
        </message>
        <message>
            <source>Type the date, or press the up or down arrow key to change it</source>
            <translation>Teipiwch y dyddiad, neu pwyswch y saeth i fyny neu i lawr i’w newid</translation>
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message>
            <source>Add a registration</source>
            <translation>Ychwanegu cofrestriad</translation>
        </message>
        <message>
            <source>Add another regulator you are registered or licensed with, for example a New York licence alongside Social Work England. cpdlog then shows your progress for each one.</source>
            <translation>Ychwanegwch reoleiddiwr arall rydych wedi’ch cofrestru neu’ch trwyddedu gydag ef, er enghraifft trwydded yn Efrog Newydd ochr yn ochr â Social Work England. Yna bydd cpdlog yn dangos eich cynnydd ar gyfer pob un.</translation>
        </message>
        <message>
            <source>Regulator</source>
            <translation>Rheoleiddiwr</translation>
        </message>
        <message>
            <source>The other body you are registered with, whose CPD requirements cpdlog tracks</source>
            <translation>Y corff arall rydych wedi cofrestru ag ef, y mae cpdlog yn olrhain ei ofynion DPP</translation>
        </message>
        <message>
            <source>&amp;Regulator:</source>
            <translation>&amp;Rheoleiddiwr:</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Rhif cofrestru</translation>
        </message>
        <message>
            <source>The number this regulator gave you, if you want it on your portfolio</source>
            <translation>Y rhif a roddodd y rheoleiddiwr hwn i chi, os ydych am ei gael ar eich portffolio</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Dewisol</translation>
        </message>
        <message>
            <source>Registration &amp;number:</source>
            <translation>R&amp;hif cofrestru:</translation>
        </message>
        <message>
            <source>Registered &amp;on:</source>
            <translation>&amp;Cofrestrwyd ar:</translation>
        </message>
        <message>
            <source>Birth month</source>
            <translation>Mis geni</translation>
        </message>
        <message>
            <source>The month you were born: this regulator sets your CPD dates by it</source>
            <translation>Y mis y cawsoch eich geni: mae’r rheoleiddiwr hwn yn gosod eich dyddiadau DPP yn ôl hwnnw</translation>
        </message>
        <message>
            <source>Birth &amp;month:</source>
            <translation>&amp;Mis geni:</translation>
        </message>
        <message>
            <source>Licence type</source>
            <translation>Math o drwydded</translation>
        </message>
        <message>
            <source>The kind of licence you hold, as this regulator names it</source>
            <translation>Y math o drwydded sydd gennych, fel y mae’r rheoleiddiwr hwn yn ei henwi</translation>
        </message>
        <message>
            <source>For example LMSW (optional)</source>
            <translation>Er enghraifft LMSW (dewisol)</translation>
        </message>
        <message>
            <source>&amp;Licence type:</source>
            <translation>Math o &amp;drwydded:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ychwanegu</translation>
        </message>
        <message>
            <source>Adds this registration to your profile's list</source>
            <translation>Yn ychwanegu’r cofrestriad hwn at restr eich proffil</translation>
        </message>
        <message>
            <source>Closes this window without adding anything</source>
            <translation>Yn cau’r ffenestr hon heb ychwanegu dim</translation>
        </message>
        <message>
            <source>Choose the regulator.</source>
            <translation>Dewiswch y rheoleiddiwr.</translation>
        </message>
        <message>
            <source>This regulator's renewal follows your birth month: choose it.</source>
            <translation>Mae adnewyddu gyda’r rheoleiddiwr hwn yn dilyn mis eich geni: dewiswch y mis.</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Heb ei osod</translation>
        </message>
    </context>
    <context>
        <name>RegistrationSection</name>
        <message>
            <source>{start} to {end}. Deadline {deadline}. {outcome}</source>
            <translation>{start} i {end}. Dyddiad cau {deadline}. {outcome}</translation>
        </message>
        <message>
            <source>registration {number}</source>
            <translation>cofrestriad {number}</translation>
        </message>
    </context>
    <context>
        <name>ReminderNotifier</name>
        <message>
            <source>&amp;Reminders…</source>
            <translation>Nodiadau a&amp;tgoffa…</translation>
        </message>
        <message>
            <source>Choose when cpdlog reminds you, add your deadlines to your calendar</source>
            <translation>Dewis pryd mae cpdlog yn eich atgoffa, ychwanegu eich dyddiadau cau at eich calendr</translation>
        </message>
        <message>
            <source>CPD reminder</source>
            <translation>Nodyn atgoffa DPP</translation>
        </message>
        <message>
            <source>cpdlog</source>
            <translation>cpdlog</translation>
        </message>
    </context>
    <context>
        <name>ReminderSettingsDialog</name>
        <message>
            <source>Reminders</source>
            <translation>Nodiadau atgoffa</translation>
        </message>
        <message>
            <source>cpdlog can remind you before your CPD deadline. It tells you what is still needed, and shows at most one reminder a day.</source>
            <translation>Gall cpdlog eich atgoffa cyn eich dyddiad cau DPP. Mae’n dweud wrthych beth sydd ei angen o hyd, ac yn dangos un nodyn atgoffa y dydd ar y mwyaf.</translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Cofrestriad</translation>
        </message>
        <message>
            <source>Which of your registrations these reminders are for</source>
            <translation>Ar gyfer pa un o’ch cofrestriadau y mae’r nodiadau atgoffa hyn</translation>
        </message>
        <message>
            <source>Reminders for your re&amp;gistration with:</source>
            <translation>Nodiadau atgoffa ar gyfer eich co&amp;frestriad gyda:</translation>
        </message>
        <message>
            <source>for example 90, 30, 14, 3</source>
            <translation>er enghraifft 90, 30, 14, 3</translation>
        </message>
        <message>
            <source>Days before the deadline</source>
            <translation>Diwrnodau cyn y dyddiad cau</translation>
        </message>
        <message>
            <source>Numbers of days, separated by commas, for reminders before your deadline</source>
            <translation>Nifer y dyddiau, wedi’u gwahanu gan atalnodau, ar gyfer nodiadau atgoffa cyn eich dyddiad cau</translation>
        </message>
        <message>
            <source>Remind me this many &amp;days before:</source>
            <translation>Fy atgoffa hyn o &amp;ddiwrnodau cyn:</translation>
        </message>
        <message>
            <source>Once a &amp;month, remind me about unfinished entries (drafts)</source>
            <translation>Unwaith y &amp;mis, fy atgoffa am gofnodion heb eu gorffen (drafftiau)</translation>
        </message>
        <message>
            <source>When ticked, cpdlog reminds you each month of the drafts you have not finished</source>
            <translation>Pan fydd wedi’i dicio, mae cpdlog yn eich atgoffa bob mis o’r drafftiau nad ydych wedi’u gorffen</translation>
        </message>
        <message>
            <source>Other dates to be reminded of, such as an audit or CPD sampling date:</source>
            <translation>Dyddiadau eraill i gael fy atgoffa amdanynt, fel dyddiad archwiliad neu samplu DPP:</translation>
        </message>
        <message>
            <source>Dates to be reminded of</source>
            <translation>Dyddiadau i gael fy atgoffa amdanynt</translation>
        </message>
        <message>
            <source>Your own dates, such as an audit, each with what it is for</source>
            <translation>Eich dyddiadau eich hun, megis archwiliad, pob un gyda’i ddiben</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>The day of a date to add to the list</source>
            <translation>Diwrnod dyddiad i’w ychwanegu at y rhestr</translation>
        </message>
        <message>
            <source>For example: CPD audit</source>
            <translation>Er enghraifft: archwiliad DPP</translation>
        </message>
        <message>
            <source>What the date is for</source>
            <translation>Beth yw diben y dyddiad</translation>
        </message>
        <message>
            <source>A few words to say what happens on that day, such as CPD audit</source>
            <translation>Ychydig eiriau i ddweud beth sy’n digwydd ar y diwrnod hwnnw, megis archwiliad DPP</translation>
        </message>
        <message>
            <source>&amp;Add date</source>
            <translation>&amp;Ychwanegu dyddiad</translation>
        </message>
        <message>
            <source>Adds the date and what it is for to the list</source>
            <translation>Yn ychwanegu’r dyddiad a’i ddiben at y rhestr</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Tynnu</translation>
        </message>
        <message>
            <source>Takes the chosen date off the list</source>
            <translation>Yn tynnu’r dyddiad a ddewiswyd oddi ar y rhestr</translation>
        </message>
        <message>
            <source>Remind me when I &amp;log in, even when cpdlog is closed</source>
            <translation>Fy atgoffa pan fyddaf yn &amp;mewngofnodi, hyd yn oed pan fydd cpdlog ar gau</translation>
        </message>
        <message>
            <source>When ticked, reminders that are due appear as you log in, even with cpdlog closed</source>
            <translation>Pan fydd wedi’i dicio, mae nodiadau atgoffa sy’n ddyledus yn ymddangos wrth i chi fewngofnodi, hyd yn oed pan fydd cpdlog ar gau</translation>
        </message>
        <message>
            <source>Add to my &amp;calendar…</source>
            <translation>Ychwanegu at fy &amp;nghalendr…</translation>
        </message>
        <message>
            <source>Save a calendar file with your deadlines and reminders. Open it with your phone or computer calendar; saving it again later updates the same events.</source>
            <translation>Cadw ffeil calendr gyda’ch dyddiadau cau a’ch nodiadau atgoffa. Agorwch hi gyda chalendr eich ffôn neu’ch cyfrifiadur; mae ei chadw eto yn nes ymlaen yn diweddaru’r un digwyddiadau.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Neges</translation>
        </message>
        <message>
            <source>Keeps these reminder settings</source>
            <translation>Yn cadw’r gosodiadau atgoffa hyn</translation>
        </message>
        <message>
            <source>Closes this window without changing your reminders</source>
            <translation>Yn cau’r ffenestr hon heb newid eich nodiadau atgoffa</translation>
        </message>
        <message>
            <source>Loading your reminder settings…</source>
            <translation>Wrthi’n llwytho eich gosodiadau nodyn atgoffa…</translation>
        </message>
        <message>
            <source>Your reminder settings could not be read.</source>
            <translation>Nid oedd modd darllen eich gosodiadau nodyn atgoffa.</translation>
        </message>
        <message>
            <source>{date} – {what}</source>
            <translation>{date} – {what}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wrthi'n cadw…</translation>
        </message>
        <message>
            <source>Your reminder settings could not be saved.</source>
            <translation>Nid oedd modd cadw eich gosodiadau nodyn atgoffa.</translation>
        </message>
        <message>
            <source>Save your CPD calendar as</source>
            <translation>Cadw eich calendr DPP fel</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Calendr (*.ics)</translation>
        </message>
        <message>
            <source>{place}: {label} “{words}”</source>
            <translation>{place}: {label} “{words}”</translation>
        </message>
        <message>
            <source>A date you added could identify someone:</source>
            <translation>Gallai dyddiad a ychwanegwyd gennych adnabod rhywun:</translation>
        </message>
        <message>
            <source>Change it, or choose Add to my calendar again to include it anyway.</source>
            <translation>Newidiwch ef, neu dewiswch Ychwanegu at fy nghalendr eto i’w gynnwys beth bynnag.</translation>
        </message>
        <message>
            <source>Saved {path}. Open it with your calendar to add your deadlines.</source>
            <translation>Wedi cadw {path}. Agorwch hi gyda’ch calendr i ychwanegu eich dyddiadau cau.</translation>
        </message>
        <message>
            <source>The calendar file could not be saved: {error}</source>
            <translation>Nid oedd modd cadw’r ffeil calendr: {error}</translation>
        </message>
    </context>
    <context>
        <name>RequirementCard</name>
        <message>
            <source>Confirm at renewal; keep a record</source>
            <translation>Cadarnhewch wrth adnewyddu; cadwch gofnod</translation>
        </message>
        <message>
            <source>Opens a list of these entries, from which you can open each one</source>
            <translation>Yn agor rhestr o’r cofnodion hyn, lle gallwch agor pob un</translation>
        </message>
        <message>
            <source>{actual} of {required}</source>
            <translation>{actual} o {required}</translation>
        </message>
        <message>
            <source>To close it: {what}</source>
            <translation>I gau’r bwlch: {what}</translation>
        </message>
        <message>
            <source>Confirm at renewal</source>
            <translation>Cadarnhewch wrth adnewyddu</translation>
        </message>
        <message>
            <source>Not due</source>
            <translation>Ddim yn ddyledus</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Wedi’i wneud</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Heb ei fodloni</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Ddim eto</translation>
        </message>
        <message>
            <source>No entries count towards this yet</source>
            <translation>Does dim cofnodion yn cyfrif tuag at hyn eto</translation>
        </message>
        <message>
            <source>{text} towards {rule}</source>
            <translation>{text} tuag at {rule}</translation>
        </message>
        <message numerus="yes">
            <source>Show your record (%n entries)</source>
            <translation>
                <numerusform>Dangos eich cofnodion (%n cofnod)</numerusform>
                <numerusform>Dangos eich cofnodion (%n cofnod)</numerusform>
                <numerusform>Dangos eich cofnodion (%n cofnod)</numerusform>
                <numerusform>Dangos eich cofnodion (%n cofnod)</numerusform>
                <numerusform>Dangos eich cofnodion (%n cofnod)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show the %n entries that count</source>
            <translation>
                <numerusform>Dangos y %n cofnod sy’n cyfrif</numerusform>
                <numerusform>Dangos y %n cofnod sy’n cyfrif</numerusform>
                <numerusform>Dangos y %n cofnod sy’n cyfrif</numerusform>
                <numerusform>Dangos y %n cofnod sy’n cyfrif</numerusform>
                <numerusform>Dangos y %n cofnod sy’n cyfrif</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Loading…</source>
            <translation>Wrthi'n llwytho…</translation>
        </message>
        <message>
            <source>Reviewers' comments</source>
            <translation>Sylwadau’r adolygwyr</translation>
        </message>
        <message>
            <source>What your reviewers wrote about this entry, section by section</source>
            <translation>Yr hyn a ysgrifennodd eich adolygwyr am y cofnod hwn, fesul adran</translation>
        </message>
        <message>
            <source>For example: Practice educator, ASYE assessor</source>
            <translation>Er enghraifft: Addysgwr ymarfer, Asesydd ASYE</translation>
        </message>
        <message>
            <source>Your name, as the practitioner will see it with your comments</source>
            <translation>Eich enw, fel y bydd yr ymarferydd yn ei weld gyda’ch sylwadau</translation>
        </message>
        <message>
            <source>Your role, such as practice educator or ASYE assessor</source>
            <translation>Eich rôl, megis addysgwr ymarfer neu asesydd ASYE</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Eich &amp;enw:</translation>
        </message>
        <message>
            <source>Your &amp;role:</source>
            <translation>Eich &amp;rôl:</translation>
        </message>
        <message>
            <source>Save &amp;response…</source>
            <translation>Cadw'r &amp;ymateb…</translation>
        </message>
        <message>
            <source>Saves your comments and sign-offs in a file to send to the practitioner</source>
            <translation>Yn cadw eich sylwadau a’ch cymeradwyaethau mewn ffeil i’w hanfon at yr ymarferydd</translation>
        </message>
        <message>
            <source>Closes the review pack without saving a response</source>
            <translation>Yn cau’r pecyn adolygu heb gadw ymateb</translation>
        </message>
        <message>
            <source>Checking for details that could identify someone…</source>
            <translation>Wrthi’n chwilio am fanylion a allai adnabod rhywun…</translation>
        </message>
        <message>
            <source>Save the review response</source>
            <translation>Cadw'r ymateb adolygu</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wrthi'n cadw…</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Adolygiad</translation>
        </message>
        <message>
            <source>Send for review</source>
            <translation>Anfon i’w adolygu</translation>
        </message>
        <message numerus="yes">
            <source>%n details that could identify someone have not been reviewed. Review them in the entries (Redact or Not identifying) before you send the pack, or send it anyway.</source>
            <translation>
                <numerusform>Nid yw %n manylyn a allai adnabod rhywun wedi’u hadolygu. Adolygwch nhw yn y cofnodion (Cuddio neu Ddim yn adnabod) cyn anfon y pecyn, neu anfonwch ef beth bynnag.</numerusform>
                <numerusform>Nid yw %n manylyn a allai adnabod rhywun wedi’u hadolygu. Adolygwch nhw yn y cofnodion (Cuddio neu Ddim yn adnabod) cyn anfon y pecyn, neu anfonwch ef beth bynnag.</numerusform>
                <numerusform>Nid yw %n manylyn a allai adnabod rhywun wedi’u hadolygu. Adolygwch nhw yn y cofnodion (Cuddio neu Ddim yn adnabod) cyn anfon y pecyn, neu anfonwch ef beth bynnag.</numerusform>
                <numerusform>Nid yw %n manylyn a allai adnabod rhywun wedi’u hadolygu. Adolygwch nhw yn y cofnodion (Cuddio neu Ddim yn adnabod) cyn anfon y pecyn, neu anfonwch ef beth bynnag.</numerusform>
                <numerusform>Nid yw %n manylyn a allai adnabod rhywun wedi’u hadolygu. Adolygwch nhw yn y cofnodion (Cuddio neu Ddim yn adnabod) cyn anfon y pecyn, neu anfonwch ef beth bynnag.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Send anyway</source>
            <translation>&amp;Anfon beth bynnag</translation>
        </message>
        <message>
            <source>Save the review pack for your supervisor</source>
            <translation>Cadw'r pecyn adolygu i'ch goruchwyliwr</translation>
        </message>
        <message>
            <source>The reviewer's key has changed</source>
            <translation>Mae allwedd yr adolygydd wedi newid</translation>
        </message>
        <message>
            <source>This entry has not been signed off.</source>
            <translation>Nid yw'r cofnod hwn wedi'i gymeradwyo.</translation>
        </message>
        <message>
            <source>The whole entry</source>
            <translation>Y cofnod cyfan</translation>
        </message>
        <message>
            <source>Peer discussion</source>
            <translation>Trafodaeth gyda chymheiriad</translation>
        </message>
        <message>
            <source>Your comment on the whole entry (optional)</source>
            <translation>Eich sylw ar y cofnod cyfan (dewisol)</translation>
        </message>
        <message>
            <source>&amp;Sign off this entry as it is shown here</source>
            <translation>&amp;Cymeradwyo'r cofnod hwn fel y'i dangosir yma</translation>
        </message>
        <message>
            <source>Choose the entries to send for review in the journal first.</source>
            <translation>Dewiswch y cofnodion i'w hanfon i'w hadolygu yn y dyddlyfr yn gyntaf.</translation>
        </message>
        <message>
            <source>Import a review response</source>
            <translation>Mewnforio ymateb adolygu</translation>
        </message>
        <message>
            <source>Warning: {name}'s signing key has changed. It was {was}; this response is signed with {now}. Someone else may have made it. Ask {name} in person or by phone whether they set up cpdlog again. Accept the new key and import the response?</source>
            <translation>Rhybudd: mae allwedd lofnodi {name} wedi newid. {was} oedd hi; mae'r ymateb hwn wedi'i lofnodi â {now}. Efallai mai rhywun arall a'i gwnaeth. Gofynnwch i {name} wyneb yn wyneb neu dros y ffôn a ydynt wedi gosod cpdlog eto. Derbyn yr allwedd newydd a mewnforio'r ymateb?</translation>
        </message>
        <message>
            <source>Open a review pack</source>
            <translation>Agor pecyn adolygu</translation>
        </message>
        <message>
            <source>Choose an entry in the journal first.</source>
            <translation>Dewiswch gofnod yn y dyddlyfr yn gyntaf.</translation>
        </message>
        <message>
            <source>Review of “{title}”</source>
            <translation>Adolygiad o “{title}”</translation>
        </message>
        <message>
            <source>No comments yet.</source>
            <translation>Dim sylwadau eto.</translation>
        </message>
        <message>
            <source>Review pack from {name}</source>
            <translation>Pecyn adolygu gan {name}</translation>
        </message>
        <message>
            <source>Your comment on this section (optional)</source>
            <translation>Eich sylw ar yr adran hon (dewisol)</translation>
        </message>
        <message>
            <source>Your record of the peer-reflection discussion (optional)</source>
            <translation>Eich cofnod o'r drafodaeth myfyrio gyda chymheiriad (dewisol)</translation>
        </message>
        <message>
            <source>{title}, {place}: {label} “{words}”</source>
            <translation>{title}, {place}: {label} “{words}”</translation>
        </message>
        <message>
            <source>Nothing was sent for review.</source>
            <translation>Ni anfonwyd dim i’w adolygu.</translation>
        </message>
        <message>
            <source>The review pack ({entries}) was saved to {path}. Send it to your supervisor. Your key's fingerprint is {fingerprint}.</source>
            <translation>Cafodd y pecyn adolygu ({entries}) ei gadw yn {path}. Anfonwch ef at eich goruchwyliwr. Ôl bys eich allwedd yw {fingerprint}.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
            </translation>
        </message>
        <message>
            <source>Comments imported: {count}.</source>
            <translation>Sylwadau a fewnforiwyd: {count}.</translation>
        </message>
        <message>
            <source>Made on {date}. It is intact: it was signed by the key with fingerprint {fingerprint}.</source>
            <translation>Fe'i gwnaed ar {date}. Mae'n gyflawn: fe'i llofnodwyd gan yr allwedd ag ôl bys {fingerprint}.</translation>
        </message>
        <message>
            <source>Peer reflection</source>
            <translation>Myfyrio gyda chymheiriad</translation>
        </message>
        <message>
            <source>Entry {n}, “{title}”, as a whole</source>
            <translation>Cofnod {n}, “{title}”, yn ei gyfanrwydd</translation>
        </message>
        <message>
            <source>Entry {n}, “{title}”: what you and the practitioner discussed</source>
            <translation>Cofnod {n}, “{title}”: yr hyn a drafodwyd gennych chi a’r ymarferydd</translation>
        </message>
        <message>
            <source>Entry {n}, “{title}”: when ticked, the response signs it off, and the practitioner sees if it changes later</source>
            <translation>Cofnod {n}, “{title}”: pan fydd wedi’i dicio, mae’r ymateb yn ei gymeradwyo, a bydd yr ymarferydd yn gweld os bydd yn newid wedyn</translation>
        </message>
        <message>
            <source>{place}: {label} “{words}”</source>
            <translation>{place}: {label} “{words}”</translation>
        </message>
        <message numerus="yes">
            <source>%n details in your response could identify someone:</source>
            <translation>
                <numerusform>Gallai %n manylyn yn eich ymateb adnabod rhywun:</numerusform>
                <numerusform>Gallai %n manylyn yn eich ymateb adnabod rhywun:</numerusform>
                <numerusform>Gallai %n manylyn yn eich ymateb adnabod rhywun:</numerusform>
                <numerusform>Gallai %n manylyn yn eich ymateb adnabod rhywun:</numerusform>
                <numerusform>Gallai %n manylyn yn eich ymateb adnabod rhywun:</numerusform>
            </translation>
        </message>
        <message>
            <source>Reword them, or choose Save response again to send them.</source>
            <translation>Aralleiriwch nhw, neu dewiswch Cadw'r ymateb eto i’w hanfon.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>This is the first response from {who}. Their key's fingerprint is {fingerprint}: check it with them. cpdlog will warn you if it changes.</source>
            <translation>Dyma'r ymateb cyntaf gan {who}. Ôl bys eu hallwedd yw {fingerprint}: gwiriwch ef gyda nhw. Bydd cpdlog yn eich rhybuddio os bydd yn newid.</translation>
        </message>
        <message>
            <source>Signed off: {title}</source>
            <translation>Wedi'i gymeradwyo: {title}</translation>
        </message>
        <message>
            <source>Signed off for an earlier version (changed since): {title}</source>
            <translation>Wedi'i gymeradwyo ar gyfer fersiwn gynharach (wedi newid ers hynny): {title}</translation>
        </message>
        <message>
            <source>{who}, {date}</source>
            <translation>{who}, {date}</translation>
        </message>
        <message>
            <source>{activity}, {date}, {hours} hours</source>
            <translation>{activity}, {date}, {hours} awr</translation>
        </message>
        <message>
            <source>Entry {n}, “{title}”, the section “{section}”</source>
            <translation>Cofnod {n}, “{title}”, yr adran “{section}”</translation>
        </message>
        <message>
            <source>Your response ({comments}, {signed}) was saved to {path}. Send it back to the practitioner.</source>
            <translation>Cafodd eich ymateb ({comments}, {signed}) ei gadw yn {path}. Anfonwch ef yn ôl at yr ymarferydd.</translation>
        </message>
        <message numerus="yes">
            <source>%n comments</source>
            <translation>
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sign-offs</source>
            <translation>
                <numerusform>%n cymeradwyaeth</numerusform>
                <numerusform>%n cymeradwyaeth</numerusform>
                <numerusform>%n cymeradwyaeth</numerusform>
                <numerusform>%n cymeradwyaeth</numerusform>
                <numerusform>%n cymeradwyaeth</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Wedi'i gymeradwyo</translation>
        </message>
        <message>
            <source>Changed since sign-off</source>
            <translation>Wedi newid ers ei gymeradwyo</translation>
        </message>
        <message>
            <source>Signed off on {date} by {who}</source>
            <translation>Cymeradwywyd ar {date} gan {who}</translation>
        </message>
        <message>
            <source>Changed since it was signed off on {date} by {who}</source>
            <translation>Wedi newid ers iddo gael ei gymeradwyo ar {date} gan {who}</translation>
        </message>
    </context>
    <context>
        <name>ServerBanner</name>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Rhoi cynnig arall arni</translation>
        </message>
        <message>
            <source>The server cannot be reached</source>
            <translation>Ni ellir cyrraedd y gweinydd</translation>
        </message>
        <message>
            <source>cpdlog cannot reach your organisation's server. Your drafts are kept on this computer and saved when it is back.</source>
            <translation>Ni all cpdlog gyrraedd gweinydd eich sefydliad. Mae eich drafftiau'n cael eu cadw ar y cyfrifiadur hwn a'u cadw ar y gweinydd pan fydd yn ôl.</translation>
        </message>
        <message>
            <source>This computer has no keychain cpdlog can use, so they are not encrypted here: only your user account can open them.</source>
            <translation>Does gan y cyfrifiadur hwn ddim cadwyn allweddi y gall cpdlog ei defnyddio, felly nid ydynt wedi'u hamgryptio yma: dim ond eich cyfrif defnyddiwr chi all eu hagor.</translation>
        </message>
        <message>
            <source>Trying again…</source>
            <translation>Yn rhoi cynnig arall arni…</translation>
        </message>
        <message numerus="yes">
            <source>Waiting to be saved: %n entries.</source>
            <translation>
                <numerusform>Yn aros i gael eu cadw: %n cofnod.</numerusform>
                <numerusform>Yn aros i gael eu cadw: %n cofnod.</numerusform>
                <numerusform>Yn aros i gael eu cadw: %n cofnod.</numerusform>
                <numerusform>Yn aros i gael eu cadw: %n cofnod.</numerusform>
                <numerusform>Yn aros i gael eu cadw: %n cofnod.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServerDialog</name>
        <message>
            <source>Where your journal is kept</source>
            <translation>Ble mae eich dyddlyfr yn cael ei gadw</translation>
        </message>
        <message>
            <source>My own &amp;computer</source>
            <translation>Fy &amp;nghyfrifiadur fy hun</translation>
        </message>
        <message>
            <source>My o&amp;rganisation's cpdlog server</source>
            <translation>Gweinydd cpdlog fy s&amp;efydliad</translation>
        </message>
        <message>
            <source>Your journal is a file on this computer, which only you can open</source>
            <translation>Mae eich dyddlyfr yn ffeil ar y cyfrifiadur hwn, a dim ond chi all ei hagor</translation>
        </message>
        <message>
            <source>Your journal is kept on a server that your organisation runs</source>
            <translation>Caiff eich dyddlyfr ei gadw ar weinydd y mae eich sefydliad yn ei redeg</translation>
        </message>
        <message>
            <source>Kept in this computer's keychain</source>
            <translation>Yn cael ei gadw yng nghadwyn allweddi'r cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>The server's name or address, as your organisation gave it</source>
            <translation>Enw neu gyfeiriad y gweinydd, fel y’i rhoddwyd gan eich sefydliad</translation>
        </message>
        <message>
            <source>The server's port number; leave it as it is unless told</source>
            <translation>Rhif porth y gweinydd; gadewch ef fel y mae oni bai y dywedir wrthych</translation>
        </message>
        <message>
            <source>The name of the database that holds your journal</source>
            <translation>Enw’r gronfa ddata sy’n dal eich dyddlyfr</translation>
        </message>
        <message>
            <source>The user name your organisation gave you for the server</source>
            <translation>Yr enw defnyddiwr a roddodd eich sefydliad i chi ar gyfer y gweinydd</translation>
        </message>
        <message>
            <source>Your password for the server; cpdlog keeps it safely</source>
            <translation>Eich cyfrinair ar gyfer y gweinydd; mae cpdlog yn ei gadw’n ddiogel</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>C&amp;yfeiriad y gweinydd:</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Porth:</translation>
        </message>
        <message>
            <source>&amp;Database name:</source>
            <translation>Enw'r &amp;gronfa ddata:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Enw &amp;defnyddiwr:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Cyf&amp;rinair:</translation>
        </message>
        <message>
            <source>My organisation signs me &amp;in (no password: Kerberos or a certificate)</source>
            <translation>Mae fy sefydliad yn fy &amp;mewngofnodi (dim cyfrinair: Kerberos neu dystysgrif)</translation>
        </message>
        <message>
            <source>Tick if you sign in to the server without a password</source>
            <translation>Ticiwch os ydych yn mewngofnodi i’r gweinydd heb gyfrinair</translation>
        </message>
        <message>
            <source>This is a &amp;test server: do not check its security certificate (never for real records)</source>
            <translation>Gweinydd pr&amp;awf yw hwn: peidio â gwirio ei dystysgrif diogelwch (byth ar gyfer cofnodion go iawn)</translation>
        </message>
        <message>
            <source>Only for a server set up for testing, never for real records</source>
            <translation>Ar gyfer gweinydd a osodwyd i’w brofi yn unig, byth ar gyfer cofnodion go iawn</translation>
        </message>
        <message>
            <source>T&amp;est the connection</source>
            <translation>Profi'r cysyll&amp;tiad</translation>
        </message>
        <message>
            <source>Tries to reach the server with these details and says what happened</source>
            <translation>Yn ceisio cyrraedd y gweinydd gyda’r manylion hyn ac yn dweud beth ddigwyddodd</translation>
        </message>
        <message>
            <source>cpdlog uses your choice the next time it starts. Nothing you have typed is lost: open entries keep their drafts on this computer.</source>
            <translation>Bydd cpdlog yn defnyddio eich dewis y tro nesaf y bydd yn dechrau. Ni chollir dim rydych wedi'i deipio: mae cofnodion agored yn cadw eu drafftiau ar y cyfrifiadur hwn.</translation>
        </message>
        <message>
            <source>Keeps your choice; cpdlog uses it the next time it starts</source>
            <translation>Yn cadw eich dewis; mae cpdlog yn ei ddefnyddio y tro nesaf y bydd yn dechrau</translation>
        </message>
        <message>
            <source>Closes this window and leaves your journal where it is</source>
            <translation>Yn cau’r ffenestr hon ac yn gadael eich dyddlyfr lle mae</translation>
        </message>
        <message>
            <source>Trying the server…</source>
            <translation>Yn rhoi cynnig ar y gweinydd…</translation>
        </message>
        <message>
            <source>The server answered: the connection works.</source>
            <translation>Atebodd y gweinydd: mae'r cysylltiad yn gweithio.</translation>
        </message>
        <message>
            <source>Saving… your keychain may ask you to unlock it.</source>
            <translation>Yn cadw… efallai y bydd eich cadwyn allweddi yn gofyn i chi ei datgloi.</translation>
        </message>
        <message>
            <source>cpdlog could not save your choice: {error}</source>
            <translation>Nid oedd cpdlog yn gallu cadw eich dewis: {error}</translation>
        </message>
    </context>
    <context>
        <name>StandardsTreeModel</name>
        <message>
            <source>Standard</source>
            <translation>Safon</translation>
        </message>
    </context>
    <context>
        <name>TeamSourcesDialog</name>
        <message>
            <source>Your team's sources</source>
            <translation>Ffynonellau eich tîm</translation>
        </message>
        <message>
            <source>Your team's lead recommends these feeds. Tick the ones you want to follow; they go into the Team sources folder of the Reader.</source>
            <translation>Mae arweinydd eich tîm yn argymell y ffrydiau hyn. Ticiwch y rhai rydych am eu dilyn; byddant yn mynd i'r ffolder Ffynonellau tîm yn y Darllenydd.</translation>
        </message>
        <message>
            <source>Your team's lead has not recommended any sources yet.</source>
            <translation>Nid yw arweinydd eich tîm wedi argymell unrhyw ffynonellau eto.</translation>
        </message>
        <message>
            <source>Your team's sources by folder</source>
            <translation>Ffynonellau eich tîm fesul ffolder</translation>
        </message>
        <message>
            <source>Tick the sources your team's lead recommends that you want to follow</source>
            <translation>Ticiwch y ffynonellau a argymhellir gan arweinydd eich tîm yr hoffech eu dilyn</translation>
        </message>
        <message>
            <source>Team sources</source>
            <translation>Ffynonellau tîm</translation>
        </message>
        <message>
            <source> (followed)</source>
            <translation> (yn ei dilyn)</translation>
        </message>
        <message>
            <source>Follow the ticked sources</source>
            <translation>Dilyn y ffynonellau a diciwyd</translation>
        </message>
        <message>
            <source>Adds the ticked sources to the Team sources folder of the Reader</source>
            <translation>Yn ychwanegu’r ffynonellau a diciwyd at ffolder Ffynonellau tîm y Darllenydd</translation>
        </message>
        <message>
            <source>Closes this window without following anything</source>
            <translation>Yn cau’r ffenestr hon heb ddilyn dim</translation>
        </message>
    </context>
    <context>
        <name>TitleFindingsMarker</name>
        <message>
            <source>“{text}” — {label}: {explanation}</source>
            <translation>“{text}” — {label}: {explanation}</translation>
        </message>
        <message>
            <source>The title may identify someone: {details}</source>
            <translation>Gallai’r teitl adnabod rhywun: {details}</translation>
        </message>
        <message>
            <source>Redact “{text}” (replace with {placeholder})</source>
            <translation>Cuddio “{text}” (rhoi {placeholder} yn ei le)</translation>
        </message>
        <message>
            <source>“{text}” is not identifying</source>
            <translation>Nid yw “{text}” yn adnabod neb</translation>
        </message>
    </context>
    <context>
        <name>TrashView</name>
        <message>
            <source>Entries you move to the trash stay here until you delete them for good. Restore puts an entry back in your journal exactly as it was.</source>
            <translation>Mae cofnodion rydych yn eu symud i’r sbwriel yn aros yma nes i chi eu dileu am byth. Mae Adfer yn rhoi cofnod yn ôl yn eich dyddlyfr yn union fel yr oedd.</translation>
        </message>
        <message>
            <source>Entries in the trash</source>
            <translation>Cofnodion yn y sbwriel</translation>
        </message>
        <message>
            <source>Choose entries here to restore them or to delete them for good</source>
            <translation>Dewiswch gofnodion yma i’w hadfer neu i’w dileu am byth</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <source>Date of activity</source>
            <translation>Dyddiad y gweithgaredd</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Oriau</translation>
        </message>
        <message>
            <source>Moved to the trash</source>
            <translation>Symudwyd i’r sbwriel</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>Mae’r sbwriel yn wag.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Adfer</translation>
        </message>
        <message>
            <source>Put the selected entries back in the journal</source>
            <translation>Rhoi’r cofnodion a ddewiswyd yn ôl yn y dyddlyfr</translation>
        </message>
        <message>
            <source>&amp;Delete for good…</source>
            <translation>&amp;Dileu am byth…</translation>
        </message>
        <message>
            <source>Delete the selected entries and their evidence files; this cannot be undone</source>
            <translation>Dileu’r cofnodion a ddewiswyd a’u ffeiliau tystiolaeth; nid oes modd dadwneud hyn</translation>
        </message>
        <message>
            <source>E&amp;mpty trash…</source>
            <translation>Gwag&amp;io’r sbwriel…</translation>
        </message>
        <message>
            <source>Delete everything in the trash for good</source>
            <translation>Dileu popeth yn y sbwriel am byth</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wrthi’n llwytho…</translation>
        </message>
        <message>
            <source>The trash could not be read: {error}</source>
            <translation>Nid oedd modd darllen y sbwriel: {error}</translation>
        </message>
        <message>
            <source>Choose an entry to read it here.</source>
            <translation>Dewiswch gofnod i’w ddarllen yma.</translation>
        </message>
        <message>
            <source>Restored “{title}” to the journal.</source>
            <translation>Wedi adfer “{title}” i’r dyddlyfr.</translation>
        </message>
        <message>
            <source>This cannot be undone.</source>
            <translation>Nid oes modd dadwneud hyn.</translation>
        </message>
        <message>
            <source>Delete “{title}” for good?</source>
            <translation>Dileu “{title}” am byth?</translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Dileu am byth</translation>
        </message>
        <message>
            <source>Delete the only entry in the trash, “{title}”, for good?</source>
            <translation>Dileu’r unig gofnod yn y sbwriel, “{title}”, am byth?</translation>
        </message>
        <message>
            <source>Empty the trash</source>
            <translation>Gwagio’r sbwriel</translation>
        </message>
        <message>
            <source>Empty trash</source>
            <translation>Gwagio’r sbwriel</translation>
        </message>
        <message>
            <source>The entries could not be deleted: {error}</source>
            <translation>Nid oedd modd dileu’r cofnodion: {error}</translation>
        </message>
        <message>
            <source>Deleting…</source>
            <translation>Wrthi’n dileu…</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n entries for good?</source>
            <translation>
                <numerusform>Dileu %n cofnod am byth?</numerusform>
                <numerusform>Dileu %n cofnod am byth?</numerusform>
                <numerusform>Dileu %n cofnod am byth?</numerusform>
                <numerusform>Dileu %n cofnod am byth?</numerusform>
                <numerusform>Dileu %n cofnod am byth?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete all %n entries in the trash for good?</source>
            <translation>
                <numerusform>Dileu pob un o’r %n cofnod yn y sbwriel am byth?</numerusform>
                <numerusform>Dileu pob un o’r %n cofnod yn y sbwriel am byth?</numerusform>
                <numerusform>Dileu pob un o’r %n cofnod yn y sbwriel am byth?</numerusform>
                <numerusform>Dileu pob un o’r %n cofnod yn y sbwriel am byth?</numerusform>
                <numerusform>Dileu pob un o’r %n cofnod yn y sbwriel am byth?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries in the trash</source>
            <translation>
                <numerusform>%n cofnod yn y sbwriel</numerusform>
                <numerusform>%n cofnod yn y sbwriel</numerusform>
                <numerusform>%n cofnod yn y sbwriel</numerusform>
                <numerusform>%n cofnod yn y sbwriel</numerusform>
                <numerusform>%n cofnod yn y sbwriel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n entries for good.</source>
            <translation>
                <numerusform>Wedi dileu %n cofnod am byth.</numerusform>
                <numerusform>Wedi dileu %n cofnod am byth.</numerusform>
                <numerusform>Wedi dileu %n cofnod am byth.</numerusform>
                <numerusform>Wedi dileu %n cofnod am byth.</numerusform>
                <numerusform>Wedi dileu %n cofnod am byth.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n entries to the journal.</source>
            <translation>
                <numerusform>Wedi adfer %n cofnod i’r dyddlyfr.</numerusform>
                <numerusform>Wedi adfer %n cofnod i’r dyddlyfr.</numerusform>
                <numerusform>Wedi adfer %n cofnod i’r dyddlyfr.</numerusform>
                <numerusform>Wedi adfer %n cofnod i’r dyddlyfr.</numerusform>
                <numerusform>Wedi adfer %n cofnod i’r dyddlyfr.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock your journal</source>
            <translation>Datgloi eich dyddlyfr</translation>
        </message>
        <message>
            <source>Your journal is encrypted. Type your passphrase to open it.

If you lose your passphrase, only your recovery key can open the journal. Without either, nobody can read it, not even cpdlog's makers.</source>
            <translation>Mae eich dyddlyfr wedi’i amgryptio. Teipiwch eich cyfrinymadrodd i’w agor.

Os byddwch yn colli eich cyfrinymadrodd, dim ond eich allwedd adfer all agor y dyddlyfr. Heb y naill na’r llall, ni all neb ei ddarllen, dim hyd yn oed gwneuthurwyr cpdlog.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Please try again.</source>
            <translation>Nid yw’r cyfrinymadrodd hwnnw’n gywir. Rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Cyfrinymadrodd</translation>
        </message>
        <message>
            <source>The passphrase you chose when you protected your journal</source>
            <translation>Y cyfrinymadrodd a ddewisoch pan wnaethoch ddiogelu eich dyddlyfr</translation>
        </message>
        <message>
            <source>Remember it on this computer (in the system keychain)</source>
            <translation>Ei gofio ar y cyfrifiadur hwn (yng nghadwyn allweddi’r system)</translation>
        </message>
        <message>
            <source>When ticked, cpdlog opens your journal without asking on this computer</source>
            <translation>Pan fydd wedi’i dicio, mae cpdlog yn agor eich dyddlyfr heb ofyn ar y cyfrifiadur hwn</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Datgloi</translation>
        </message>
        <message>
            <source>Opens your journal with this passphrase</source>
            <translation>Yn agor eich dyddlyfr â’r cyfrinymadrodd hwn</translation>
        </message>
        <message>
            <source>Leaves your journal locked</source>
            <translation>Yn gadael eich dyddlyfr wedi’i gloi</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to cpdlog</source>
            <translation>Croeso i cpdlog</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Eich proffil</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;cpdlog turns your everyday learning into CPD records.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Blogs, podcasts, supervision, team discussions and courses all count. Everything stays on this computer. Tell cpdlog who regulates you and it will track what you still need before your deadline. You can change these later under File → Profile, or skip them now.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Mae cpdlog yn troi eich dysgu bob dydd yn gofnodion DPP.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mae blogiau, podlediadau, goruchwyliaeth, trafodaethau tîm a chyrsiau i gyd yn cyfrif. Mae popeth yn aros ar y cyfrifiadur hwn. Dywedwch wrth cpdlog pwy sy’n eich rheoleiddio a bydd yn cadw golwg ar yr hyn sydd ei angen arnoch o hyd cyn eich dyddiad cau. Gallwch newid y rhain yn nes ymlaen o dan Ffeil → Proffil, neu eu hepgor nawr.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Eich enw</translation>
        </message>
        <message>
            <source>Your name as it should appear on your CPD portfolio</source>
            <translation>Eich enw fel y dylai ymddangos ar eich portffolio DPP</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Eich &amp;enw:</translation>
        </message>
        <message>
            <source>Regulator</source>
            <translation>Rheoleiddiwr</translation>
        </message>
        <message>
            <source>The body you are registered with, whose CPD requirements cpdlog tracks</source>
            <translation>Y corff rydych wedi cofrestru ag ef, y mae cpdlog yn olrhain ei ofynion DPP</translation>
        </message>
        <message>
            <source>&amp;Regulator:</source>
            <translation>&amp;Rheoleiddiwr:</translation>
        </message>
        <message>
            <source>Registration number</source>
            <translation>Rhif cofrestru</translation>
        </message>
        <message>
            <source>The number your regulator gave you, if you want it on your portfolio</source>
            <translation>Y rhif a roddodd eich rheoleiddiwr i chi, os ydych am ei gael ar eich portffolio</translation>
        </message>
        <message>
            <source>For example SW123456 (optional)</source>
            <translation>Er enghraifft SW123456 (dewisol)</translation>
        </message>
        <message>
            <source>Registration n&amp;umber:</source>
            <translation>Rhif c&amp;ofrestru:</translation>
        </message>
        <message>
            <source>Registered &amp;on:</source>
            <translation>Co&amp;frestrwyd ar:</translation>
        </message>
        <message>
            <source>Birth month</source>
            <translation>Mis geni</translation>
        </message>
        <message>
            <source>The month you were born: this regulator sets your CPD dates by it</source>
            <translation>Y mis y cawsoch eich geni: mae’r rheoleiddiwr hwn yn gosod eich dyddiadau DPP yn ôl hwnnw</translation>
        </message>
        <message>
            <source>Birth &amp;month:</source>
            <translation>&amp;Mis geni:</translation>
        </message>
        <message>
            <source>Licence type</source>
            <translation>Math o drwydded</translation>
        </message>
        <message>
            <source>The kind of licence you hold, as your regulator names it</source>
            <translation>Y math o drwydded sydd gennych, fel y mae eich rheoleiddiwr yn ei henwi</translation>
        </message>
        <message>
            <source>For example LMSW (optional)</source>
            <translation>Er enghraifft LMSW (dewisol)</translation>
        </message>
        <message>
            <source>&amp;Licence type:</source>
            <translation>&amp;Math o drwydded:</translation>
        </message>
        <message>
            <source>Some regulators count your CPD years from your registration date; others (like Social Work England, 1 December to 30 November) use the same dates for everyone.</source>
            <translation>Mae rhai rheoleiddwyr yn cyfrif eich blynyddoedd DPP o’ch dyddiad cofrestru; mae eraill (fel Social Work England, 1 Rhagfyr i 30 Tachwedd) yn defnyddio’r un dyddiadau i bawb.</translation>
        </message>
        <message>
            <source>O&amp;ther registrations:</source>
            <translation>Cofre&amp;striadau eraill:</translation>
        </message>
        <message>
            <source>Other registrations</source>
            <translation>Cofrestriadau eraill</translation>
        </message>
        <message>
            <source>Any other regulators you are registered with, besides the one above</source>
            <translation>Unrhyw reoleiddwyr eraill rydych wedi cofrestru â nhw, heblaw’r un uchod</translation>
        </message>
        <message>
            <source>A&amp;dd a registration…</source>
            <translation>&amp;Ychwanegu cofrestriad…</translation>
        </message>
        <message>
            <source>Remo&amp;ve registration</source>
            <translation>&amp;Tynnu’r cofrestriad</translation>
        </message>
        <message>
            <source>Adds another regulator you are registered with</source>
            <translation>Yn ychwanegu rheoleiddiwr arall rydych wedi cofrestru ag ef</translation>
        </message>
        <message>
            <source>Removes the chosen registration from the list</source>
            <translation>Yn tynnu’r cofrestriad a ddewiswyd o’r rhestr</translation>
        </message>
        <message>
            <source>&amp;Follow the curated social work sources</source>
            <translation>D&amp;ilyn y ffynonellau gwaith cymdeithasol dethol</translation>
        </message>
        <message>
            <source>When ticked, the Reader follows news feeds chosen for social workers</source>
            <translation>Pan fydd wedi’i dicio, mae’r Darllenydd yn dilyn ffrydiau newyddion a ddewiswyd ar gyfer gweithwyr cymdeithasol</translation>
        </message>
        <message>
            <source>These are news feeds from social work publications, research bodies and practitioner blogs. New articles appear in the Reader, where one click turns an article into a draft CPD entry. Nothing about you is sent to them; you can unfollow any source later.</source>
            <translation>Ffrydiau newyddion yw’r rhain o gyhoeddiadau gwaith cymdeithasol, cyrff ymchwil a blogiau ymarferwyr. Mae erthyglau newydd yn ymddangos yn y Darllenydd, lle mae un clic yn troi erthygl yn gofnod DPP drafft. Nid oes dim amdanoch chi’n cael ei anfon atynt; gallwch roi’r gorau i ddilyn unrhyw ffynhonnell yn nes ymlaen.</translation>
        </message>
        <message>
            <source>&amp;Protect my journal with a passphrase</source>
            <translation>Diogelu fy &amp;nyddlyfr â chyfrinymadrodd</translation>
        </message>
        <message>
            <source>When ticked, you choose a passphrase next and your journal is encrypted</source>
            <translation>Pan fydd wedi’i dicio, rydych yn dewis cyfrinymadrodd nesaf a chaiff eich dyddlyfr ei amgryptio</translation>
        </message>
        <message>
            <source>Your journal, evidence and backups are then stored encrypted: someone who copies them from this computer cannot read them. You choose the passphrase next and get a recovery key to keep. If you lose both, nobody can open your journal, not even cpdlog's makers. You can also do this later from the File menu.</source>
            <translation>Yna caiff eich dyddlyfr, eich tystiolaeth a’ch copïau wrth gefn eu cadw wedi’u hamgryptio: ni all rhywun sy’n eu copïo o’r cyfrifiadur hwn eu darllen. Byddwch yn dewis y cyfrinymadrodd nesaf ac yn cael allwedd adfer i’w chadw. Os byddwch yn colli’r ddau, ni all neb agor eich dyddlyfr, dim hyd yn oed gwneuthurwyr cpdlog. Gallwch hefyd wneud hyn yn nes ymlaen o’r ddewislen Ffeil.</translation>
        </message>
        <message>
            <source>My &amp;journal is on my organisation's cpdlog server…</source>
            <translation>Mae fy nyddlyfr ar &amp;weinydd cpdlog fy sefydliad…</translation>
        </message>
        <message>
            <source>Choose where your journal is kept: here, or on your organisation's server</source>
            <translation>Dewiswch ble y cedwir eich dyddlyfr: yma, neu ar weinydd eich sefydliad</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Dechrau</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>Saves these details and starts using cpdlog</source>
            <translation>Yn cadw’r manylion hyn ac yn dechrau defnyddio cpdlog</translation>
        </message>
        <message>
            <source>Saves the changes to your profile</source>
            <translation>Yn cadw’r newidiadau i’ch proffil</translation>
        </message>
        <message>
            <source>S&amp;kip for now</source>
            <translation>&amp;Hepgor am nawr</translation>
        </message>
        <message>
            <source>Starts cpdlog without these details; add them later under File, Profile</source>
            <translation>Yn dechrau cpdlog heb y manylion hyn; ychwanegwch nhw yn nes ymlaen o dan Ffeil, Proffil</translation>
        </message>
        <message>
            <source>Closes your profile without saving the changes</source>
            <translation>Yn cau eich proffil heb gadw’r newidiadau</translation>
        </message>
        <message>
            <source>number {number}</source>
            <translation>rhif {number}</translation>
        </message>
        <message>
            <source>registered {date}</source>
            <translation>cofrestrwyd {date}</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Dim</translation>
        </message>
    </context>
    <context>
        <name>_SectionEditor</name>
        <message>
            <source>(required)</source>
            <translation>(gofynnol)</translation>
        </message>
        <message>
            <source>{prompt} (required)</source>
            <translation>{prompt} (gofynnol)</translation>
        </message>
        <message>
            <source>Required: the entry is a draft, and not counted, until this has text.</source>
            <translation>Gofynnol: mae’r cofnod yn ddrafft, ac nid yw’n cael ei gyfrif, nes bod testun yma.</translation>
        </message>
        <message>
            <source>Optional: leave it empty if it does not apply.</source>
            <translation>Dewisol: gadewch ef yn wag os nad yw’n berthnasol.</translation>
        </message>
    </context>
    <context>
        <name>cpdlog</name>
        <message>
            <source>Blog or article</source>
            <translation>Blog neu erthygl</translation>
        </message>
        <message>
            <source>Social media post or thread</source>
            <translation>Neges neu edefyn ar y cyfryngau cymdeithasol</translation>
        </message>
        <message>
            <source>Discussion (team, online or hashtag chat)</source>
            <translation>Trafodaeth (tîm, ar-lein neu sgwrs hashnod)</translation>
        </message>
        <message>
            <source>Podcast</source>
            <translation>Podlediad</translation>
        </message>
        <message>
            <source>Video or webinar</source>
            <translation>Fideo neu weminar</translation>
        </message>
        <message>
            <source>E-learning</source>
            <translation>E-ddysgu</translation>
        </message>
        <message>
            <source>Workshop or seminar</source>
            <translation>Gweithdy neu seminar</translation>
        </message>
        <message>
            <source>Conference</source>
            <translation>Cynhadledd</translation>
        </message>
        <message>
            <source>Course or training</source>
            <translation>Cwrs neu hyfforddiant</translation>
        </message>
        <message>
            <source>Book or journal reading</source>
            <translation>Darllen llyfr neu gyfnodolyn</translation>
        </message>
        <message>
            <source>Research</source>
            <translation>Ymchwil</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Goruchwyliaeth</translation>
        </message>
        <message>
            <source>Peer or team reflection</source>
            <translation>Myfyrio gyda chymheiriad neu dîm</translation>
        </message>
        <message>
            <source>Shadowing</source>
            <translation>Cysgodi</translation>
        </message>
        <message>
            <source>Teaching or presenting</source>
            <translation>Addysgu neu gyflwyno</translation>
        </message>
        <message>
            <source>Feedback from people with lived experience</source>
            <translation>Adborth gan bobl sydd â phrofiad byw</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Arall</translation>
        </message>
        <message>
            <source>Live, in person</source>
            <translation>Byw, wyneb yn wyneb</translation>
        </message>
        <message>
            <source>Self-study</source>
            <translation>Hunan-astudio</translation>
        </message>
        <message>
            <source>Live online (interactive)</source>
            <translation>Byw ar-lein (rhyngweithiol)</translation>
        </message>
        <message>
            <source>Person's name</source>
            <translation>Enw person</translation>
        </message>
        <message>
            <source>Exact age</source>
            <translation>Union oed</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Dyddiad geni</translation>
        </message>
        <message>
            <source>NHS number</source>
            <translation>Rhif GIG</translation>
        </message>
        <message>
            <source>National Insurance number</source>
            <translation>Rhif Yswiriant Gwladol</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Cod post</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Rhif ffôn</translation>
        </message>
        <message>
            <source>Email address</source>
            <translation>Cyfeiriad e-bost</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Cyfeiriad stryd</translation>
        </message>
        <message>
            <source>Case or reference number</source>
            <translation>Rhif achos neu gyfeirnod</translation>
        </message>
        <message>
            <source>Named school, surgery, care home or ward</source>
            <translation>Ysgol, meddygfa, cartref gofal neu ward a enwir</translation>
        </message>
        <message>
            <source>Identifying event with its date</source>
            <translation>Digwyddiad gyda’i ddyddiad a allai adnabod rhywun</translation>
        </message>
        <message>
            <source>person's name</source>
            <translation>enw person</translation>
        </message>
        <message>
            <source>exact age</source>
            <translation>union oed</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>dyddiad geni</translation>
        </message>
        <message>
            <source>postcode</source>
            <translation>cod post</translation>
        </message>
        <message>
            <source>phone number</source>
            <translation>rhif ffôn</translation>
        </message>
        <message>
            <source>email address</source>
            <translation>cyfeiriad e-bost</translation>
        </message>
        <message>
            <source>street address</source>
            <translation>cyfeiriad stryd</translation>
        </message>
        <message>
            <source>case or reference number</source>
            <translation>rhif achos neu gyfeirnod</translation>
        </message>
        <message>
            <source>named school, surgery, care home or ward</source>
            <translation>ysgol, meddygfa, cartref gofal neu ward a enwir</translation>
        </message>
        <message>
            <source>identifying event with its date</source>
            <translation>digwyddiad a allai adnabod rhywun, gyda’i ddyddiad</translation>
        </message>
        <message>
            <source>This looks like the name of someone you work with. Regulators ask that CPD records do not identify the people you support.</source>
            <translation>Mae hwn yn edrych fel enw rhywun rydych yn gweithio gydag ef. Mae rheoleiddwyr yn gofyn nad yw cofnodion DPP yn adnabod y bobl rydych yn eu cefnogi.</translation>
        </message>
        <message>
            <source>An exact age tied to a person helps identify them, especially with other details.</source>
            <translation>Mae union oed sy’n gysylltiedig â pherson yn helpu i’w adnabod, yn enwedig gyda manylion eraill.</translation>
        </message>
        <message>
            <source>A date of birth identifies a person.</source>
            <translation>Mae dyddiad geni yn adnabod person.</translation>
        </message>
        <message>
            <source>This is a valid NHS number (it passes the Modulus 11 check).</source>
            <translation>Mae hwn yn rhif GIG dilys (mae’n pasio’r gwiriad Modwlws 11).</translation>
        </message>
        <message>
            <source>This has the format of a National Insurance number.</source>
            <translation>Mae gan hwn fformat rhif Yswiriant Gwladol.</translation>
        </message>
        <message>
            <source>A full UK postcode narrows a home down to a handful of addresses.</source>
            <translation>Mae cod post llawn yn y DU yn cyfyngu cartref i lond llaw o gyfeiriadau.</translation>
        </message>
        <message>
            <source>A phone number identifies the person or family it belongs to.</source>
            <translation>Mae rhif ffôn yn adnabod y person neu’r teulu y mae’n perthyn iddo.</translation>
        </message>
        <message>
            <source>An email address identifies the person it belongs to.</source>
            <translation>Mae cyfeiriad e-bost yn adnabod y person y mae’n perthyn iddo.</translation>
        </message>
        <message>
            <source>A street address identifies where someone lives.</source>
            <translation>Mae cyfeiriad stryd yn dangos ble mae rhywun yn byw.</translation>
        </message>
        <message>
            <source>Case, file and reference numbers link this record to a person's file.</source>
            <translation>Mae rhifau achos, ffeil a chyfeirnodau yn cysylltu’r cofnod hwn â ffeil person.</translation>
        </message>
        <message>
            <source>Naming the school, surgery, care home or ward someone attends helps identify them.</source>
            <translation>Mae enwi’r ysgol, y feddygfa, y cartref gofal neu’r ward y mae rhywun yn ei mynychu yn helpu i’w adnabod.</translation>
        </message>
        <message>
            <source>An incident told with its date (a fire, an assault, an arrest) can be found in the news or in records, and so points to the people involved.</source>
            <translation>Gellir dod o hyd i ddigwyddiad a ddisgrifir gyda’i ddyddiad (tân, ymosodiad, arestiad) yn y newyddion neu mewn cofnodion, ac felly mae’n cyfeirio at y bobl dan sylw.</translation>
        </message>
        <message>
            <source>The names check is limited: the language model that spots names is not installed, so only cpdlog's built-in name lists and rules are used. Read your text for names as well.</source>
            <translation>Mae’r gwiriad enwau yn gyfyngedig: nid yw’r model iaith sy’n sylwi ar enwau wedi’i osod, felly dim ond rhestrau enwau a rheolau adeiledig cpdlog sy’n cael eu defnyddio. Darllenwch drwy eich testun i chwilio am enwau hefyd.</translation>
        </message>
        <message>
            <source>The names check is limited: its trained list of what makes a name private could not be read, so only cpdlog's rules decide. Read your text for names as well.</source>
            <translation>Mae’r gwiriad enwau yn gyfyngedig: nid oedd modd darllen ei restr hyfforddedig o’r hyn sy’n gwneud enw’n breifat, felly dim ond rheolau cpdlog sy’n penderfynu. Darllenwch drwy eich testun i chwilio am enwau hefyd.</translation>
        </message>
        <message>
            <source>Driscoll's 'What? So what? Now what?'</source>
            <translation>Model Driscoll 'Beth? Felly beth? Beth nawr?'</translation>
        </message>
        <message>
            <source>Use this for a quick, structured reflection on almost any learning, from a podcast or article to a conversation with a colleague.</source>
            <translation>Defnyddiwch hwn i fyfyrio’n gyflym ac yn strwythuredig ar bron unrhyw ddysgu, o bodlediad neu erthygl i sgwrs gyda chydweithiwr.</translation>
        </message>
        <message>
            <source>What? Describe the situation or learning</source>
            <translation>Beth? Disgrifiwch y sefyllfa neu’r dysgu</translation>
        </message>
        <message>
            <source>Say what happened or what you read, watched or heard, what you did and who was involved (by role, not by name).</source>
            <translation>Dywedwch beth ddigwyddodd neu beth a ddarllenoch, a wylioch neu a glywsoch, beth a wnaethoch a phwy oedd yn rhan ohono (yn ôl rôl, nid yn ôl enw).</translation>
        </message>
        <message>
            <source>So what? What does it mean for you and your practice?</source>
            <translation>Felly beth? Beth mae’n ei olygu i chi a’ch ymarfer?</translation>
        </message>
        <message>
            <source>Analyse why it matters: how you felt then and now, why you reacted as you did, and what it tells you about your practice, values or knowledge.</source>
            <translation>Dadansoddwch pam mae’n bwysig: sut roeddech yn teimlo bryd hynny a nawr, pam y gwnaethoch ymateb fel y gwnaethoch, a beth mae’n ei ddweud wrthych am eich ymarfer, eich gwerthoedd neu eich gwybodaeth.</translation>
        </message>
        <message>
            <source>Now what? What will you do differently?</source>
            <translation>Beth nawr? Beth fyddwch chi’n ei wneud yn wahanol?</translation>
        </message>
        <message>
            <source>Say how you will apply the learning and what difference it should make to the people you work with. Name a specific next step and when you will take it.</source>
            <translation>Dywedwch sut y byddwch yn defnyddio’r dysgu a pha wahaniaeth y dylai ei wneud i’r bobl rydych yn gweithio gyda nhw. Enwch gam nesaf penodol a phryd y byddwch yn ei gymryd.</translation>
        </message>
        <message>
            <source>Free text</source>
            <translation>Testun rhydd</translation>
        </message>
        <message>
            <source>Use this when you prefer to write your reflection in your own way, without set headings.</source>
            <translation>Defnyddiwch hwn pan fyddwch yn dewis ysgrifennu eich myfyrdod yn eich ffordd eich hun, heb benawdau penodol.</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Myfyrdod</translation>
        </message>
        <message>
            <source>Write about what you did, what you learnt and how it has changed, or will change, your practice and the experience of the people you work with. Do not name or identify the people you work with.</source>
            <translation>Ysgrifennwch am yr hyn a wnaethoch, yr hyn a ddysgoch a sut mae wedi newid, neu sut y bydd yn newid, eich ymarfer a phrofiad y bobl rydych yn gweithio gyda nhw. Peidiwch ag enwi nac adnabod y bobl rydych yn gweithio gyda nhw.</translation>
        </message>
        <message>
            <source>Gibbs' reflective cycle</source>
            <translation>Cylch myfyriol Gibbs</translation>
        </message>
        <message>
            <source>Use this to reflect in depth on a particular event or piece of practice, such as a difficult visit, a meeting or a piece of feedback.</source>
            <translation>Defnyddiwch hwn i fyfyrio’n fanwl ar ddigwyddiad neu ddarn penodol o ymarfer, fel ymweliad anodd, cyfarfod neu adborth.</translation>
        </message>
        <message>
            <source>Description: what happened?</source>
            <translation>Disgrifiad: beth ddigwyddodd?</translation>
        </message>
        <message>
            <source>Set out the facts: where you were, who was involved (by role, not by name) and what you and others did. Keep judgements for later sections.</source>
            <translation>Nodwch y ffeithiau: ble roeddech chi, pwy oedd yn rhan ohono (yn ôl rôl, nid yn ôl enw) a beth wnaethoch chi ac eraill. Cadwch farn ar gyfer adrannau diweddarach.</translation>
        </message>
        <message>
            <source>Feelings: what were you thinking and feeling?</source>
            <translation>Teimladau: beth oeddech chi’n ei feddwl a’i deimlo?</translation>
        </message>
        <message>
            <source>Be honest about your reactions at the time and now, including anxiety, frustration or doubt. Noticing your feelings helps you see how they shaped what you did.</source>
            <translation>Byddwch yn onest am eich ymatebion ar y pryd a nawr, gan gynnwys pryder, rhwystredigaeth neu amheuaeth. Mae sylwi ar eich teimladau’n eich helpu i weld sut y gwnaethon nhw lunio’r hyn a wnaethoch.</translation>
        </message>
        <message>
            <source>Evaluation: what was good and bad about the experience?</source>
            <translation>Gwerthuso: beth oedd yn dda ac yn ddrwg am y profiad?</translation>
        </message>
        <message>
            <source>Say what went well and what did not, for you and for the person or family involved. Try to be balanced rather than only self-critical.</source>
            <translation>Dywedwch beth aeth yn dda a beth na aeth yn dda, i chi ac i’r person neu’r teulu dan sylw. Ceisiwch fod yn gytbwys yn hytrach na dim ond yn hunanfeirniadol.</translation>
        </message>
        <message>
            <source>Analysis: what sense can you make of the situation?</source>
            <translation>Dadansoddi: pa synnwyr allwch chi ei wneud o’r sefyllfa?</translation>
        </message>
        <message>
            <source>Ask why things happened as they did. Bring in research, theory, law, policy or your supervisor's view, and consider power, values and the wider context.</source>
            <translation>Gofynnwch pam y digwyddodd pethau fel y gwnaethant. Dewch ag ymchwil, theori, y gyfraith, polisi neu farn eich goruchwyliwr i mewn, ac ystyriwch bŵer, gwerthoedd a’r cyd-destun ehangach.</translation>
        </message>
        <message>
            <source>Conclusion: what did you learn, and what else could you have done?</source>
            <translation>Casgliad: beth a ddysgoch, a beth arall allech chi fod wedi’i wneud?</translation>
        </message>
        <message>
            <source>Sum up what you have learnt about your practice and yourself, and the other options you could have taken.</source>
            <translation>Crynhowch yr hyn rydych wedi’i ddysgu am eich ymarfer ac amdanoch eich hun, a’r dewisiadau eraill y gallech fod wedi’u cymryd.</translation>
        </message>
        <message>
            <source>Action plan: if it arose again, what would you do?</source>
            <translation>Cynllun gweithredu: pe bai’n codi eto, beth fyddech chi’n ei wneud?</translation>
        </message>
        <message>
            <source>Say what you will do differently and how this will benefit the people you work with. Be specific, for example a skill to practise, something to read, or a point to raise in supervision.</source>
            <translation>Dywedwch beth fyddwch chi’n ei wneud yn wahanol a sut y bydd hyn o fudd i’r bobl rydych yn gweithio gyda nhw. Byddwch yn benodol, er enghraifft sgil i’w ymarfer, rhywbeth i’w ddarllen, neu bwynt i’w godi mewn goruchwyliaeth.</translation>
        </message>
        <message>
            <source>HCPC-style CPD statement</source>
            <translation>Datganiad DPP ar ffurf HCPC</translation>
        </message>
        <message>
            <source>Use this for activities you may include in an HCPC-style personal statement, which for each activity says what it was, what you learnt and how it improved your work and benefited service users.</source>
            <translation>Defnyddiwch hwn ar gyfer gweithgareddau y gallech eu cynnwys mewn datganiad personol ar ffurf HCPC, sy’n dweud ar gyfer pob gweithgaredd beth ydoedd, beth a ddysgoch a sut y gwnaeth wella eich gwaith a bod o fudd i ddefnyddwyr gwasanaethau.</translation>
        </message>
        <message>
            <source>What the activity was</source>
            <translation>Beth oedd y gweithgaredd</translation>
        </message>
        <message>
            <source>Name the activity, when it took place and what type of learning it was, for example work-based, professional, formal or self-directed.</source>
            <translation>Enwch y gweithgaredd, pryd y digwyddodd a pha fath o ddysgu ydoedd, er enghraifft yn y gwaith, proffesiynol, ffurfiol neu hunangyfeiriedig.</translation>
        </message>
        <message>
            <source>What I learnt</source>
            <translation>Beth a ddysgais</translation>
        </message>
        <message>
            <source>Describe the knowledge or skills you gained in your own words, writing as 'I'.</source>
            <translation>Disgrifiwch y wybodaeth neu’r sgiliau a gawsoch yn eich geiriau eich hun, gan ysgrifennu yn y person cyntaf ('fi').</translation>
        </message>
        <message>
            <source>How it improved the quality of my work</source>
            <translation>Sut y gwnaeth wella ansawdd fy ngwaith</translation>
        </message>
        <message>
            <source>Give a concrete example of something you now do differently or better, such as an assessment, a record or the way you run a meeting. This shows how you meet CPD standard 3.</source>
            <translation>Rhowch enghraifft bendant o rywbeth rydych nawr yn ei wneud yn wahanol neu’n well, fel asesiad, cofnod neu’r ffordd rydych yn cynnal cyfarfod. Mae hyn yn dangos sut rydych yn bodloni safon DPP 3.</translation>
        </message>
        <message>
            <source>How it benefited the people I work with</source>
            <translation>Sut y bu o fudd i’r bobl rwy’n gweithio gyda nhw</translation>
        </message>
        <message>
            <source>Describe the difference for service users, carers or families, with an example. Do not include anything that could identify them. This shows how you meet CPD standard 4.</source>
            <translation>Disgrifiwch y gwahaniaeth i ddefnyddwyr gwasanaethau, gofalwyr neu deuluoedd, gydag enghraifft. Peidiwch â chynnwys unrhyw beth a allai eu hadnabod. Mae hyn yn dangos sut rydych yn bodloni safon DPP 4.</translation>
        </message>
        <message>
            <source>Kolb's experiential learning cycle</source>
            <translation>Cylch dysgu drwy brofiad Kolb</translation>
        </message>
        <message>
            <source>Use this when you want to show how you tried out your learning in practice: it moves from an experience to reflection, new ideas and then action.</source>
            <translation>Defnyddiwch hwn pan fyddwch am ddangos sut y gwnaethoch roi cynnig ar eich dysgu wrth ymarfer: mae’n symud o brofiad i fyfyrio, syniadau newydd ac yna gweithredu.</translation>
        </message>
        <message>
            <source>Concrete experience: what did you do or take part in?</source>
            <translation>Profiad diriaethol: beth wnaethoch chi neu beth y cymeroch ran ynddo?</translation>
        </message>
        <message>
            <source>Describe the activity or piece of practice plainly: what, when and who was involved, by role rather than name.</source>
            <translation>Disgrifiwch y gweithgaredd neu’r darn o ymarfer yn blaen: beth, pryd a phwy oedd yn rhan ohono, yn ôl rôl yn hytrach nag enw.</translation>
        </message>
        <message>
            <source>Reflective observation: looking back, what did you notice?</source>
            <translation>Arsylwi myfyriol: wrth edrych yn ôl, beth wnaethoch chi sylwi arno?</translation>
        </message>
        <message>
            <source>Review what happened from different points of view, including that of the person or family you work with. What surprised you, and what felt uncomfortable?</source>
            <translation>Adolygwch yr hyn a ddigwyddodd o wahanol safbwyntiau, gan gynnwys safbwynt y person neu’r teulu rydych yn gweithio gyda nhw. Beth wnaeth eich synnu, a beth oedd yn teimlo’n anghyfforddus?</translation>
        </message>
        <message>
            <source>Abstract conceptualisation: what ideas or conclusions have you formed?</source>
            <translation>Cysyniadu haniaethol: pa syniadau neu gasgliadau rydych chi wedi’u ffurfio?</translation>
        </message>
        <message>
            <source>Link your observations to research, theory, law or policy and say what you now understand differently. It is fine to say which of your earlier ideas you have changed.</source>
            <translation>Cysylltwch eich arsylwadau ag ymchwil, theori, y gyfraith neu bolisi a dywedwch beth rydych nawr yn ei ddeall yn wahanol. Mae’n iawn dweud pa rai o’ch syniadau cynharach rydych wedi’u newid.</translation>
        </message>
        <message>
            <source>Active experimentation: how will you try out what you learnt?</source>
            <translation>Arbrofi gweithredol: sut y byddwch yn rhoi cynnig ar yr hyn a ddysgoch?</translation>
        </message>
        <message>
            <source>Describe what you have done or will do differently in your practice, and how you will know whether it helps the people you work with. Give a concrete example.</source>
            <translation>Disgrifiwch yr hyn rydych wedi’i wneud neu y byddwch yn ei wneud yn wahanol yn eich ymarfer, a sut y byddwch yn gwybod a yw’n helpu’r bobl rydych yn gweithio gyda nhw. Rhowch enghraifft bendant.</translation>
        </message>
        <message>
            <source>Social Work England CPD record</source>
            <translation>Cofnod DPP Social Work England</translation>
        </message>
        <message>
            <source>Use this for CPD you will record with Social Work England: its sections follow the questions on the online form, while the type of CPD and the optional peer reflection are separate fields of the entry, not sections here.</source>
            <translation>Defnyddiwch hwn ar gyfer DPP y byddwch yn ei gofnodi gyda Social Work England: mae ei adrannau’n dilyn y cwestiynau ar y ffurflen ar-lein, tra bo’r math o DPP a’r myfyrio dewisol gyda chymheiriad yn feysydd ar wahân yn y cofnod, nid yn adrannau yma.</translation>
        </message>
        <message>
            <source>A short description of the activity and why it is relevant to you</source>
            <translation>Disgrifiad byr o’r gweithgaredd a pham mae’n berthnasol i chi</translation>
        </message>
        <message>
            <source>Say briefly what you did (for example a course, podcast, article, supervision session or learning from a complaint) and why it matters for your role or the people you work with. A few sentences is enough.</source>
            <translation>Dywedwch yn fyr beth a wnaethoch (er enghraifft cwrs, podlediad, erthygl, sesiwn oruchwylio neu ddysgu o gŵyn) a pham mae’n bwysig i’ch rôl neu i’r bobl rydych yn gweithio gyda nhw. Mae ychydig frawddegau’n ddigon.</translation>
        </message>
        <message>
            <source>What you learnt from doing the activity</source>
            <translation>Beth a ddysgoch o wneud y gweithgaredd</translation>
        </message>
        <message>
            <source>Describe the knowledge, skills or change in thinking you took away, not just the topic. It helps to name a theory, piece of research, law or framework and say what it made you reconsider about your own values or practice.</source>
            <translation>Disgrifiwch y wybodaeth, y sgiliau neu’r newid mewn meddwl a gawsoch, nid y pwnc yn unig. Mae’n helpu i enwi theori, darn o ymchwil, cyfraith neu fframwaith a dweud beth a wnaeth i chi ei ailystyried am eich gwerthoedd neu eich ymarfer eich hun.</translation>
        </message>
        <message>
            <source>The positive impact the activity has had, or will have, on your practice and the people you work with</source>
            <translation>Yr effaith gadarnhaol y mae’r gweithgaredd wedi’i chael, neu y bydd yn ei chael, ar eich ymarfer ac ar y bobl rydych yn gweithio gyda nhw</translation>
        </message>
        <message>
            <source>Focus on a specific person or group you work with and give concrete examples of when you have used, or will use, this learning and what difference it made. Do not name or identify the people you work with, and say how it links to standard 4 if that helps.</source>
            <translation>Canolbwyntiwch ar berson neu grŵp penodol rydych yn gweithio gyda nhw a rhowch enghreifftiau pendant o pryd rydych wedi defnyddio, neu y byddwch yn defnyddio, y dysgu hwn a pha wahaniaeth a wnaeth. Peidiwch ag enwi nac adnabod y bobl rydych yn gweithio gyda nhw, a dywedwch sut mae’n cysylltu â safon 4 os yw hynny’n helpu.</translation>
        </message>
        <message>
            <source>Ethics</source>
            <translation>Moeseg</translation>
        </message>
        <message>
            <source>Professional boundaries</source>
            <translation>Ffiniau proffesiynol</translation>
        </message>
        <message>
            <source>Cultural competence and diversity</source>
            <translation>Cymhwysedd diwylliannol ac amrywiaeth</translation>
        </message>
        <message>
            <source>Suicide prevention</source>
            <translation>Atal hunanladdiad</translation>
        </message>
        <message>
            <source>Domestic violence</source>
            <translation>Trais domestig</translation>
        </message>
        <message>
            <source>Prevention of medical errors</source>
            <translation>Atal camgymeriadau meddygol</translation>
        </message>
        <message>
            <source>Clinical supervision</source>
            <translation>Goruchwyliaeth glinigol</translation>
        </message>
        <message>
            <source>Laws and rules of practice</source>
            <translation>Cyfreithiau a rheolau ymarfer</translation>
        </message>
        <message>
            <source>Human trafficking</source>
            <translation>Masnachu pobl</translation>
        </message>
        <message>
            <source>Implicit bias</source>
            <translation>Rhagfarn ddiarwybod</translation>
        </message>
        <message>
            <source>Safeguarding</source>
            <translation>Diogelu</translation>
        </message>
        <message>
            <source>Mental health</source>
            <translation>Iechyd meddwl</translation>
        </message>
        <message>
            <source>Substance use</source>
            <translation>Defnyddio sylweddau</translation>
        </message>
        <message>
            <source>Learning with and from others</source>
            <translation>Dysgu gydag eraill ac oddi wrthynt</translation>
        </message>
        <message>
            <source>Self-assessment of practice</source>
            <translation>Hunanasesu ymarfer</translation>
        </message>
        <message>
            <source>Learning plan</source>
            <translation>Cynllun dysgu</translation>
        </message>
        <message>
            <source>Australian Association of Social Workers</source>
            <translation>Australian Association of Social Workers</translation>
        </message>
        <message>
            <source>At least 30 hours of CPD</source>
            <translation>O leiaf 30 awr o DPP</translation>
        </message>
        <message>
            <source>At least 10 hours of Category 1: Supervision</source>
            <translation>O leiaf 10 awr o Gategori 1: Goruchwyliaeth</translation>
        </message>
        <message>
            <source>At least 15 hours of Category 2: Skills and knowledge</source>
            <translation>O leiaf 15 awr o Gategori 2: Sgiliau a gwybodaeth</translation>
        </message>
        <message>
            <source>At least 5 hours of Category 3: Professional identity</source>
            <translation>O leiaf 5 awr o Gategori 3: Hunaniaeth broffesiynol</translation>
        </message>
        <message>
            <source>California Board of Behavioral Sciences (LCSW)</source>
            <translation>California Board of Behavioral Sciences (LCSW)</translation>
        </message>
        <message>
            <source>At least 36 hours of continuing education</source>
            <translation>O leiaf 36 awr o addysg barhaus</translation>
        </message>
        <message>
            <source>At least 6 hours of law and ethics</source>
            <translation>O leiaf 6 awr o’r gyfraith a moeseg</translation>
        </message>
        <message>
            <source>CORU – Social Workers Registration Board</source>
            <translation>CORU – Social Workers Registration Board</translation>
        </message>
        <message>
            <source>At least 30 CPD credits (1 hour = 1 credit)</source>
            <translation>O leiaf 30 credyd DPP (1 awr = 1 credyd)</translation>
        </message>
        <message>
            <source>At least 4 written reflections</source>
            <translation>O leiaf 4 myfyrdod ysgrifenedig</translation>
        </message>
        <message>
            <source>My own requirements</source>
            <translation>Fy ngofynion fy hun</translation>
        </message>
        <message>
            <source>At least 1 piece of CPD</source>
            <translation>O leiaf 1 darn o DPP</translation>
        </message>
        <message>
            <source>No minimum hours</source>
            <translation>Dim isafswm oriau</translation>
        </message>
        <message>
            <source>Florida Board of Clinical Social Work, Marriage and Family Therapy and Mental Health Counseling (LCSW)</source>
            <translation>Florida Board of Clinical Social Work, Marriage and Family Therapy and Mental Health Counseling (LCSW)</translation>
        </message>
        <message>
            <source>30 hours of continuing education</source>
            <translation>30 awr o addysg barhaus</translation>
        </message>
        <message>
            <source>ethics and boundary issues</source>
            <translation>moeseg a materion ffiniau</translation>
        </message>
        <message>
            <source>prevention of medical errors</source>
            <translation>atal camgymeriadau meddygol</translation>
        </message>
        <message>
            <source>domestic violence</source>
            <translation>trais domestig</translation>
        </message>
        <message>
            <source>Florida laws and rules</source>
            <translation>cyfreithiau a rheolau Florida</translation>
        </message>
        <message>
            <source>Minnesota Board of Social Work</source>
            <translation>Minnesota Board of Social Work</translation>
        </message>
        <message>
            <source>40 hours of continuing education</source>
            <translation>40 awr o addysg barhaus</translation>
        </message>
        <message>
            <source>social work ethics</source>
            <translation>moeseg gwaith cymdeithasol</translation>
        </message>
        <message>
            <source>cultural responsiveness</source>
            <translation>ymatebolrwydd diwylliannol</translation>
        </message>
        <message>
            <source>Northern Ireland Social Care Council</source>
            <translation>Northern Ireland Social Care Council</translation>
        </message>
        <message>
            <source>At least 90 hours of PRTL</source>
            <translation>O leiaf 90 awr o hyfforddiant a dysgu ôl-gofrestru (PRTL)</translation>
        </message>
        <message>
            <source>New York State Education Department (LMSW and LCSW)</source>
            <translation>New York State Education Department (LMSW and LCSW)</translation>
        </message>
        <message>
            <source>36 hours of continuing education</source>
            <translation>36 awr o addysg barhaus</translation>
        </message>
        <message>
            <source>appropriate professional boundaries</source>
            <translation>ffiniau proffesiynol priodol</translation>
        </message>
        <message>
            <source>Ontario College of Social Workers and Social Service Workers</source>
            <translation>Ontario College of Social Workers and Social Service Workers</translation>
        </message>
        <message>
            <source>A self-assessment (Self-Assessment Tool)</source>
            <translation>Hunanasesiad (Self-Assessment Tool)</translation>
        </message>
        <message>
            <source>A Professional Development Plan</source>
            <translation>Cynllun Datblygiad Proffesiynol</translation>
        </message>
        <message>
            <source>Declaration of Participation in the CCP</source>
            <translation>Datganiad o Gyfranogiad yn y CCP</translation>
        </message>
        <message>
            <source>Declare your participation in the CCP on your annual renewal form, and keep your CCP portfolio for 10 years.</source>
            <translation>Datganwch eich bod yn cymryd rhan yn y CCP ar eich ffurflen adnewyddu flynyddol, a chadwch eich portffolio CCP am 10 mlynedd.</translation>
        </message>
        <message>
            <source>Social Care Wales</source>
            <translation>Gofal Cymdeithasol Cymru</translation>
        </message>
        <message>
            <source>Confirm your CPD at renewal</source>
            <translation>Cadarnhau eich DPP wrth adnewyddu</translation>
        </message>
        <message>
            <source>There is no fixed number of hours. When you renew, confirm that you have done your CPD, and keep a record: you send it only if you are chosen as part of a sample.</source>
            <translation>Nid oes nifer penodol o oriau. Pan fyddwch yn adnewyddu, cadarnhewch eich bod wedi gwneud eich DPP, a chadwch gofnod: dim ond os cewch eich dewis yn rhan o sampl y byddwch yn ei anfon.</translation>
        </message>
        <message>
            <source>Scottish Social Services Council</source>
            <translation>Scottish Social Services Council</translation>
        </message>
        <message>
            <source>Annual CPL declaration</source>
            <translation>Datganiad CPL blynyddol</translation>
        </message>
        <message>
            <source>There are no set hours. Each year, confirm in MySSSC that you have completed your learning across the core learning elements, and keep your own record; if you are in the sample, your employer verifies your learning.</source>
            <translation>Nid oes oriau penodol. Bob blwyddyn, cadarnhewch yn MySSSC eich bod wedi cwblhau eich dysgu ar draws yr elfennau dysgu craidd, a chadwch eich cofnod eich hun; os ydych yn y sampl, bydd eich cyflogwr yn gwirio eich dysgu.</translation>
        </message>
        <message>
            <source>Social Work England</source>
            <translation>Social Work England</translation>
        </message>
        <message>
            <source>At least 2 pieces of CPD</source>
            <translation>O leiaf 2 ddarn o DPP</translation>
        </message>
        <message>
            <source>At least 1 piece with a peer reflection</source>
            <translation>O leiaf 1 darn gyda myfyrio gyda chymheiriad</translation>
        </message>
        <message>
            <source>Social Workers Registration Board</source>
            <translation>Social Workers Registration Board</translation>
        </message>
        <message>
            <source>At least 20 hours of CPD</source>
            <translation>O leiaf 20 awr o DPP</translation>
        </message>
        <message>
            <source>Texas State Board of Social Worker Examiners</source>
            <translation>Texas State Board of Social Worker Examiners</translation>
        </message>
        <message>
            <source>ethics</source>
            <translation>moeseg</translation>
        </message>
        <message>
            <source>cultural diversity or competency</source>
            <translation>amrywiaeth neu gymhwysedd diwylliannol</translation>
        </message>
        <message>
            <source>continuing education from an approved provider</source>
            <translation>addysg barhaus gan ddarparwr cymeradwy</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.a11y</name>
        <message>
            <source>Pane divider</source>
            <translation>Rhannwr cwarel</translation>
        </message>
        <message>
            <source>Closes this window</source>
            <translation>Yn cau’r ffenestr hon</translation>
        </message>
        <message>
            <source>Press the left or right arrow key to move it</source>
            <translation>Pwyswch y saeth i’r chwith neu i’r dde i’w symud</translation>
        </message>
        <message>
            <source>Press the up or down arrow key to move it</source>
            <translation>Pwyswch y saeth i fyny neu i lawr i’w symud</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.app</name>
        <message>
            <source>cpdlog could not open your journal, so it will close now.</source>
            <translation>Nid oedd cpdlog yn gallu agor eich dyddlyfr, felly bydd yn cau nawr.</translation>
        </message>
        <message>
            <source>window settings file</source>
            <translation>ffeil gosodiadau’r ffenestr</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.argparse</name>
        <message>
            <source>usage: </source>
            <translation>defnydd: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>ymresymiadau lleoliadol</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opsiynau</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>dangos y neges gymorth hon a gadael</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>ymresymiad %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>ymresymiadau anhysbys: %s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>ni chaniateir gyda’r ymresymiad %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>anwybyddwyd yr ymresymiad penodol %r</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>mae angen yr ymresymiadau canlynol: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>mae angen un o’r ymresymiadau %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>disgwyliwyd un ymresymiad</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>disgwyliwyd un ymresymiad ar y mwyaf</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>disgwyliwyd o leiaf un ymresymiad</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opsiwn amwys: gallai %(option)s gyfateb i %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>llinyn opsiwn annisgwyl: %s</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>gwerth %(type)s annilys: %(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>dewis annilys: %(value)r (dewiswch o %(choices)s)</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>gorchymyn anhysbys %(parser_name)r (dewisiadau: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>methu agor '%(filename)s': %(error)s</translation>
        </message>
        <message numerus="yes">
            <source>expected %s arguments</source>
            <translation>
                <numerusform>disgwyliwyd %s ymresymiad</numerusform>
                <numerusform>disgwyliwyd %s ymresymiad</numerusform>
                <numerusform>disgwyliwyd %s ymresymiad</numerusform>
                <numerusform>disgwyliwyd %s ymresymiad</numerusform>
                <numerusform>disgwyliwyd %s ymresymiad</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cpdlog.calendar</name>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>ymhen %n diwrnod</numerusform>
                <numerusform>ymhen %n diwrnod</numerusform>
                <numerusform>ymhen %n diwrnod</numerusform>
                <numerusform>ymhen %n diwrnod</numerusform>
                <numerusform>ymhen %n diwrnod</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>heddiw</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>yfory</translation>
        </message>
        <message>
            <source>{what} {when}</source>
            <translation>{what} {when}</translation>
        </message>
        <message>
            <source>CPD deadlines</source>
            <translation>Dyddiadau cau DPP</translation>
        </message>
        <message>
            <source>Your {who} CPD for {period} must be recorded by {time} ({timezone} time) on {date}.</source>
            <translation>Rhaid cofnodi eich DPP {who} ar gyfer {period} erbyn {time} (amser {timezone}) ar {date}.</translation>
        </message>
        <message>
            <source>Your CPD for {period} must be recorded by {time} ({timezone} time) on {date}.</source>
            <translation>Rhaid cofnodi eich DPP ar gyfer {period} erbyn {time} (amser {timezone}) ar {date}.</translation>
        </message>
        <message>
            <source>What is needed: {rules}.</source>
            <translation>Beth sydd ei angen: {rules}.</translation>
        </message>
        <message>
            <source>CPD deadline</source>
            <translation>Dyddiad cau DPP</translation>
        </message>
        <message>
            <source>Your CPD is due</source>
            <translation>Mae eich DPP yn ddyledus</translation>
        </message>
        <message>
            <source>{label} (added in cpdlog).</source>
            <translation>{label} (ychwanegwyd yn cpdlog).</translation>
        </message>
        <message>
            <source>{who} CPD deadline</source>
            <translation>Dyddiad cau DPP {who}</translation>
        </message>
        <message>
            <source>Your {who} CPD is due</source>
            <translation>Mae eich DPP {who} yn ddyledus</translation>
        </message>
        <message>
            <source>Confirm by then that you have done your CPD, and keep your record.</source>
            <translation>Cadarnhewch erbyn hynny eich bod wedi gwneud eich DPP, a chadwch eich cofnod.</translation>
        </message>
        <message>
            <source>Open cpdlog to see what is still missing.</source>
            <translation>Agorwch cpdlog i weld beth sydd ar goll o hyd.</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.cli</name>
        <message>
            <source>Record continuing professional development (CPD) for social work.</source>
            <translation>Cofnodi datblygiad proffesiynol parhaus (DPP) ar gyfer gwaith cymdeithasol.</translation>
        </message>
        <message>
            <source>Run `cpdlog` with no command to open the desktop app.</source>
            <translation>Rhedwch `cpdlog` heb orchymyn i agor yr ap bwrdd gwaith.</translation>
        </message>
        <message>
            <source>data folder (default: your user data folder; env CPDLOG_HOME)</source>
            <translation>ffolder data (rhagosodiad: ffolder data eich defnyddiwr; env CPDLOG_HOME)</translation>
        </message>
        <message>
            <source>any SQLAlchemy database URL (env CPDLOG_DATABASE_URL)</source>
            <translation>unrhyw URL cronfa ddata SQLAlchemy (env CPDLOG_DATABASE_URL)</translation>
        </message>
        <message>
            <source>language of the messages, the help and the PDF portfolio: follow the system, English or Cymraeg (Welsh) (default: the desktop app's Language setting)</source>
            <translation>iaith y negeseuon, y cymorth a’r portffolio PDF: dilyn y system, English (Saesneg) neu Gymraeg (rhagosodiad: gosodiad Iaith yr ap bwrdd gwaith)</translation>
        </message>
        <message>
            <source>also show the log on stderr, with debugging detail (it always goes to the log file in the data folder's logs folder)</source>
            <translation>dangos y log ar stderr hefyd, gyda manylion dadfygio (mae bob amser yn mynd i’r ffeil log yn ffolder logiau’r ffolder data)</translation>
        </message>
        <message>
            <source>stopped.</source>
            <translation>wedi stopio.</translation>
        </message>
        <message>
            <source>{message} (see `{command} --help`)</source>
            <translation>{message} (gweler `{command} --help`)</translation>
        </message>
        <message>
            <source>something unexpected went wrong ({fault}); this is a fault in cpdlog. `cpdlog diagnostics` shows what to include if you report it.</source>
            <translation>aeth rhywbeth annisgwyl o’i le ({fault}); nam yn cpdlog yw hwn. Mae `cpdlog diagnostics` yn dangos beth i’w gynnwys os byddwch yn rhoi gwybod amdano.</translation>
        </message>
        <message>
            <source>save pages from your browser to your CPD inbox</source>
            <translation>cadw tudalennau o’ch porwr yn eich mewnflwch DPP</translation>
        </message>
        <message>
            <source>run the capture endpoint for the browser extension (Ctrl+C stops)</source>
            <translation>rhedeg y pwynt cipio ar gyfer estyniad y porwr (mae Ctrl+C yn ei stopio)</translation>
        </message>
        <message>
            <source>port on 127.0.0.1 (default 38765; 0: any free)</source>
            <translation>porth ar 127.0.0.1 (rhagosodiad 38765; 0: unrhyw un rhydd)</translation>
        </message>
        <message>
            <source>show the token that pairs the browser extension</source>
            <translation>dangos y tocyn sy’n paru estyniad y porwr</translation>
        </message>
        <message>
            <source>make a new token (pair the extension again)</source>
            <translation>gwneud tocyn newydd (paru’r estyniad eto)</translation>
        </message>
        <message>
            <source>print the bookmarklet to add to your bookmarks</source>
            <translation>argraffu’r nod tudalen gweithredol i’w ychwanegu at eich nodau tudalen</translation>
        </message>
        <message>
            <source>save a cpdlog://capture?url=… link to your CPD inbox</source>
            <translation>cadw dolen cpdlog://capture?url=… yn eich mewnflwch DPP</translation>
        </message>
        <message>
            <source>list the drafts in your CPD inbox</source>
            <translation>rhestru’r drafftiau yn eich mewnflwch DPP</translation>
        </message>
        <message>
            <source>A new token is in use: paste it into the extension's options to pair it again.</source>
            <translation>Mae tocyn newydd yn cael ei ddefnyddio: gludwch ef yn opsiynau’r estyniad i’w baru eto.</translation>
        </message>
        <message>
            <source>Your CPD inbox is empty.</source>
            <translation>Mae eich mewnflwch DPP yn wag.</translation>
        </message>
        <message>
            <source>Capture endpoint on {address} (Ctrl+C stops).</source>
            <translation>Pwynt cipio ar {address} (mae Ctrl+C yn ei stopio).</translation>
        </message>
        <message>
            <source>Capture endpoint stopped.</source>
            <translation>Mae’r pwynt cipio wedi stopio.</translation>
        </message>
        <message>
            <source>'{text}' is not a port number (0 to 65535)</source>
            <translation>Nid yw '{text}' yn rhif porth (0 i 65535)</translation>
        </message>
        <message>
            <source>cpdlog is opening: the page will be in your CPD inbox once it is open.</source>
            <translation>Mae cpdlog yn agor: bydd y dudalen yn eich mewnflwch DPP unwaith y bydd ar agor.</translation>
        </message>
        <message>
            <source>Saved to your CPD inbox (waiting since cpdlog was closed): {title}</source>
            <translation>Wedi’i chadw yn eich mewnflwch DPP (yn aros ers i cpdlog gael ei gau): {title}</translation>
        </message>
        <message>
            <source>cpdlog is not open: the page will be in your CPD inbox when you next open it ({count} waiting).</source>
            <translation>Nid yw cpdlog ar agor: bydd y dudalen yn eich mewnflwch DPP y tro nesaf y byddwch yn ei agor ({count} yn aros).</translation>
        </message>
        <message>
            <source>Saved to your CPD inbox: {title}</source>
            <translation>Wedi’i chadw yn eich mewnflwch DPP: {title}</translation>
        </message>
        <message>
            <source>a Mastodon hashtag discussion over a time window, as one draft; prints its id</source>
            <translation>trafodaeth hashnod Mastodon dros gyfnod o amser, fel un drafft; mae’n argraffu ei id</translation>
        </message>
        <message>
            <source>Fetch every public post with the hashtag on one Mastodon server between two times and save them, in time order, as the evidence of one draft entry. Times are your computer's local time unless you give an offset (e.g. 2026-03-13T09:00+01:00 or ...Z for UTC).</source>
            <translation>Nôl pob neges gyhoeddus â’r hashnod ar un gweinydd Mastodon rhwng dau amser a’u cadw, yn nhrefn amser, fel tystiolaeth un cofnod drafft. Amser lleol eich cyfrifiadur yw’r amseroedd oni bai eich bod yn rhoi gwrthbwyso (e.e. 2026-03-13T09:00+01:00 neu ...Z ar gyfer UTC).</translation>
        </message>
        <message>
            <source>the hashtag, with or without #, e.g. 12thMW</source>
            <translation>yr hashnod, gyda # neu hebddo, e.e. 12thMW</translation>
        </message>
        <message>
            <source>the Mastodon server: a name like mastodon.social or a base URL</source>
            <translation>y gweinydd Mastodon: enw fel mastodon.social neu URL sylfaenol</translation>
        </message>
        <message>
            <source>start of the window, e.g. 2026-03-13T09:00 (local time unless an offset is given)</source>
            <translation>dechrau’r cyfnod, e.e. 2026-03-13T09:00 (amser lleol oni roddir gwrthbwyso)</translation>
        </message>
        <message>
            <source>end of the window, e.g. 2026-03-13T17:00 (local time unless an offset is given)</source>
            <translation>diwedd y cyfnod, e.e. 2026-03-13T17:00 (amser lleol oni roddir gwrthbwyso)</translation>
        </message>
        <message>
            <source>print the saved draft as JSON</source>
            <translation>argraffu’r drafft a gadwyd fel JSON</translation>
        </message>
        <message>
            <source>capture learning from the web: hashtag discussions and more</source>
            <translation>cipio dysgu o’r we: trafodaethau hashnod a mwy</translation>
        </message>
        <message>
            <source>note: {note}</source>
            <translation>nodyn: {note}</translation>
        </message>
        <message numerus="yes">
            <source>%n findings</source>
            <translation>
                <numerusform>%n canfyddiad</numerusform>
                <numerusform>%n canfyddiad</numerusform>
                <numerusform>%n canfyddiad</numerusform>
                <numerusform>%n canfyddiad</numerusform>
                <numerusform>%n canfyddiad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
            </translation>
        </message>
        <message>
            <source>Details that could identify someone (not yet reviewed):</source>
            <translation>Manylion a allai adnabod rhywun (heb eu hadolygu eto):</translation>
        </message>
        <message numerus="yes">
            <source>It includes %n unreviewed findings that could identify someone (--allow-identifiers).</source>
            <translation>
                <numerusform>Mae’n cynnwys %n canfyddiad heb ei adolygu a allai adnabod rhywun (--allow-identifiers).</numerusform>
                <numerusform>Mae’n cynnwys %n canfyddiad heb ei adolygu a allai adnabod rhywun (--allow-identifiers).</numerusform>
                <numerusform>Mae’n cynnwys %n canfyddiad heb ei adolygu a allai adnabod rhywun (--allow-identifiers).</numerusform>
                <numerusform>Mae’n cynnwys %n canfyddiad heb ei adolygu a allai adnabod rhywun (--allow-identifiers).</numerusform>
                <numerusform>Mae’n cynnwys %n canfyddiad heb ei adolygu a allai adnabod rhywun (--allow-identifiers).</numerusform>
            </translation>
        </message>
        <message>
            <source>find names, dates of birth, NHS numbers... that could identify people</source>
            <translation>dod o hyd i enwau, dyddiadau geni, rhifau GIG... a allai adnabod pobl</translation>
        </message>
        <message>
            <source>Scan entries for details that could identify the people you work with. Exit 0 when clean, 1 when findings remain.</source>
            <translation>Sganio cofnodion am fanylion a allai adnabod y bobl rydych yn gweithio gyda nhw. Cod ymadael 0 pan fyddant yn lân, 1 pan fydd canfyddiadau’n aros.</translation>
        </message>
        <message>
            <source>print the findings as JSON</source>
            <translation>argraffu’r canfyddiadau fel JSON</translation>
        </message>
        <message>
            <source>mark a finding as not identifying (remembered for that entry)</source>
            <translation>nodi nad yw canfyddiad yn adnabod neb (caiff ei gofio ar gyfer y cofnod hwnnw)</translation>
        </message>
        <message>
            <source>report a finding you dismissed again</source>
            <translation>rhoi gwybod eto am ganfyddiad a ddiystyrwyd gennych</translation>
        </message>
        <message>
            <source>replace the entry's findings with placeholders such as [child A] and save it</source>
            <translation>rhoi dalfannau fel [plentyn A] yn lle canfyddiadau’r cofnod a’i gadw</translation>
        </message>
        <message>
            <source>give entry ids or one of --dismiss/--undismiss/--redact, not both</source>
            <translation>rhowch ids cofnodion neu un o --dismiss/--undismiss/--redact, nid y ddau</translation>
        </message>
        <message numerus="yes">
            <source>No identifying details found in %n entries.</source>
            <translation>
                <numerusform>Ni chanfuwyd unrhyw fanylion adnabod mewn %n cofnod.</numerusform>
                <numerusform>Ni chanfuwyd unrhyw fanylion adnabod mewn %n cofnod.</numerusform>
                <numerusform>Ni chanfuwyd unrhyw fanylion adnabod mewn %n cofnod.</numerusform>
                <numerusform>Ni chanfuwyd unrhyw fanylion adnabod mewn %n cofnod.</numerusform>
                <numerusform>Ni chanfuwyd unrhyw fanylion adnabod mewn %n cofnod.</numerusform>
            </translation>
        </message>
        <message>
            <source>No identifying details found in your entries.</source>
            <translation>Ni chanfuwyd unrhyw fanylion adnabod yn eich cofnodion.</translation>
        </message>
        <message numerus="yes">
            <source>%n unreviewed findings remain.</source>
            <translation>
                <numerusform>Mae %n canfyddiad heb ei adolygu yn aros.</numerusform>
                <numerusform>Mae %n canfyddiad heb ei adolygu yn aros.</numerusform>
                <numerusform>Mae %n canfyddiad heb ei adolygu yn aros.</numerusform>
                <numerusform>Mae %n canfyddiad heb ei adolygu yn aros.</numerusform>
                <numerusform>Mae %n canfyddiad heb ei adolygu yn aros.</numerusform>
            </translation>
        </message>
        <message>
            <source>export even though unreviewed details that could identify someone remain (they are listed first; see `cpdlog check`)</source>
            <translation>allforio er bod manylion heb eu hadolygu a allai adnabod rhywun yn aros (fe’u rhestrir yn gyntaf; gweler `cpdlog check`)</translation>
        </message>
        <message>
            <source>{findings} in {entries} ({kinds})</source>
            <translation>{findings} mewn {entries} ({kinds})</translation>
        </message>
        <message numerus="yes">
            <source>%n unreviewed findings</source>
            <translation>
                <numerusform>%n canfyddiad heb ei adolygu</numerusform>
                <numerusform>%n canfyddiad heb ei adolygu</numerusform>
                <numerusform>%n canfyddiad heb ei adolygu</numerusform>
                <numerusform>%n canfyddiad heb ei adolygu</numerusform>
                <numerusform>%n canfyddiad heb ei adolygu</numerusform>
            </translation>
        </message>
        <message>
            <source>show cpdlog's version number and exit</source>
            <translation>dangos rhif fersiwn cpdlog a gadael</translation>
        </message>
        <message>
            <source>A reviewer's words cannot be redacted here: mark such a finding as not identifying with `cpdlog check --dismiss ID FINGERPRINT`, or ask the reviewer to send a corrected response.</source>
            <translation>Does dim modd cuddio geiriau adolygydd yma: marciwch ganfyddiad o’r fath fel un nad yw’n adnabod neb â `cpdlog check --dismiss ID FINGERPRINT`, neu gofynnwch i’r adolygydd anfon ymateb wedi’i gywiro.</translation>
        </message>
        <message>
            <source>Details that could identify someone:</source>
            <translation>Manylion a allai adnabod rhywun:</translation>
        </message>
        <message>
            <source>{findings} in {entries}. Redact with `cpdlog check --redact ID`, or mark one as not identifying with `cpdlog check --dismiss ID FINGERPRINT`.</source>
            <translation>{findings} mewn {entries}. Cuddiwch nhw â `cpdlog check --redact ID`, neu nodwch nad yw un yn adnabod neb â `cpdlog check --dismiss ID FINGERPRINT`.</translation>
        </message>
        <message>
            <source>Your summary of practice history:</source>
            <translation>Eich crynodeb o hanes ymarfer:</translation>
        </message>
        <message>
            <source>{findings} in {entries} and your summary of practice ({kinds})</source>
            <translation>{findings} yn {entries} ac yn eich crynodeb o’r ymarfer ({kinds})</translation>
        </message>
        <message>
            <source>Marked {fingerprint} in entry {id} as not identifying.</source>
            <translation>Nodwyd nad yw {fingerprint} yng nghofnod {id} yn adnabod neb.</translation>
        </message>
        <message>
            <source>{fingerprint} in entry {id} will be reported again.</source>
            <translation>Bydd {fingerprint} yng nghofnod {id} yn cael ei adrodd eto.</translation>
        </message>
        <message numerus="yes">
            <source>Redacted %n findings in entry {id}.</source>
            <translation>
                <numerusform>Cuddiwyd %n canfyddiad yng nghofnod {id}.</numerusform>
                <numerusform>Cuddiwyd %n canfyddiad yng nghofnod {id}.</numerusform>
                <numerusform>Cuddiwyd %n canfyddiad yng nghofnod {id}.</numerusform>
                <numerusform>Cuddiwyd %n canfyddiad yng nghofnod {id}.</numerusform>
                <numerusform>Cuddiwyd %n canfyddiad yng nghofnod {id}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry {id}: {title}</source>
            <translation>Cofnod {id}: {title}</translation>
        </message>
        <message>
            <source>{findings} in your summary of practice ({kinds})</source>
            <translation>{findings} yn eich crynodeb o’r ymarfer ({kinds})</translation>
        </message>
        <message>
            <source>export refused: {found}. Redact or dismiss them with `cpdlog check`, or add --allow-identifiers to export them anyway.</source>
            <translation>gwrthodwyd yr allforio: {found}. Cuddiwch neu ddiystyru nhw â `cpdlog check`, neu ychwanegwch --allow-identifiers i’w hallforio beth bynnag.</translation>
        </message>
        <message>
            <source>calendar refused: {findings} that could identify someone in the dates you added. Change them with `cpdlog remind settings --remove-date` and --add-date, or add --allow-identifiers.</source>
            <translation>gwrthodwyd y calendr: {findings} a allai adnabod rhywun yn y dyddiadau a ychwanegwyd gennych. Newidiwch nhw â `cpdlog remind settings --remove-date` a --add-date, neu ychwanegwch --allow-identifiers.</translation>
        </message>
        <message>
            <source>(The names model could not be loaded: {reason})</source>
            <translation>(Nid oedd modd llwytho’r model enwau: {reason})</translation>
        </message>
        <message>
            <source>warning: including {found} (--allow-identifiers).</source>
            <translation>rhybudd: yn cynnwys {found} (--allow-identifiers).</translation>
        </message>
        <message>
            <source>warning: the calendar includes {findings} (--allow-identifiers).</source>
            <translation>rhybudd: mae’r calendr yn cynnwys {findings} (--allow-identifiers).</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>rhif cyfan</translation>
        </message>
        <message>
            <source>an entry</source>
            <translation>cofnod</translation>
        </message>
        <message>
            <source>a feed</source>
            <translation>ffrwd</translation>
        </message>
        <message>
            <source>an item</source>
            <translation>eitem</translation>
        </message>
        <message>
            <source>a team source</source>
            <translation>ffynhonnell tîm</translation>
        </message>
        <message>
            <source>{problem} If it keeps happening, {advice}</source>
            <translation>{problem} Os yw’n dal i ddigwydd, {advice}</translation>
        </message>
        <message>
            <source>'{text}' is not a year like 2026</source>
            <translation>Nid yw '{text}' yn flwyddyn fel 2026</translation>
        </message>
        <message>
            <source>'{text}' is not {what}</source>
            <translation>Nid yw '{text}' yn {what}</translation>
        </message>
        <message>
            <source>'{text}' is out of range: use {minimum} to {maximum}</source>
            <translation>Mae '{text}' y tu allan i’r ystod: defnyddiwch {minimum} i {maximum}</translation>
        </message>
        <message>
            <source>'{text}' is not {what} id (a number)</source>
            <translation>Nid yw '{text}' yn id {what} (rhif)</translation>
        </message>
        <message>
            <source>'{text}' is not {what} id: ids start at 1</source>
            <translation>Nid yw '{text}' yn id {what}: mae ids yn dechrau ag 1</translation>
        </message>
        <message>
            <source>'{text}' is not {what} id: no id is that large</source>
            <translation>Nid yw '{text}' yn id {what}: nid oes id mor fawr â hynny</translation>
        </message>
        <message>
            <source>'{text}' cannot be negative</source>
            <translation>Ni all '{text}' fod yn negatif</translation>
        </message>
        <message>
            <source>print diagnostic information to paste into a bug report</source>
            <translation>argraffu gwybodaeth ddiagnostig i’w gludo i adroddiad am broblem</translation>
        </message>
        <message>
            <source>Print cpdlog's version, your system, what kind of data folder is in use, how many entries and feeds there are and the last lines of the log. Nothing that identifies you or anyone you wrote about is included; it works even when the journal cannot be opened.</source>
            <translation>Argraffu fersiwn cpdlog, eich system, pa fath o ffolder data sy’n cael ei ddefnyddio, faint o gofnodion a ffrydiau sydd, a llinellau olaf y log. Nid oes dim sy’n eich adnabod chi nac unrhyw un yr ysgrifennoch amdanynt wedi’i gynnwys; mae’n gweithio hyd yn oed pan na ellir agor y dyddlyfr.</translation>
        </message>
        <message>
            <source>passphrase file</source>
            <translation>ffeil cyfrinymadrodd</translation>
        </message>
        <message>
            <source>recovery key file</source>
            <translation>ffeil allwedd adfer</translation>
        </message>
        <message>
            <source>new passphrase file</source>
            <translation>ffeil cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <source>Passphrase for your cpdlog journal: </source>
            <translation>Cyfrinymadrodd eich dyddlyfr cpdlog: </translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>Cyfrinymadrodd newydd: </translation>
        </message>
        <message>
            <source>encrypt your journal, its evidence and backups with a passphrase</source>
            <translation>amgryptio eich dyddlyfr, ei dystiolaeth a’i gopïau wrth gefn â chyfrinymadrodd</translation>
        </message>
        <message>
            <source>store your journal unencrypted again</source>
            <translation>cadw eich dyddlyfr heb ei amgryptio eto</translation>
        </message>
        <message>
            <source>use the recovery key instead</source>
            <translation>defnyddio’r allwedd adfer yn lle hynny</translation>
        </message>
        <message>
            <source>choose a new passphrase (you get a new recovery key)</source>
            <translation>dewis cyfrinymadrodd newydd (byddwch yn cael allwedd adfer newydd)</translation>
        </message>
        <message>
            <source>forgot it? use the recovery key instead</source>
            <translation>wedi’i anghofio? defnyddiwch yr allwedd adfer yn lle hynny</translation>
        </message>
        <message>
            <source>the new passphrase</source>
            <translation>y cyfrinymadrodd newydd</translation>
        </message>
        <message>
            <source>Encryption is for the journal file on this computer; a database server is encrypted by your organisation's own means.</source>
            <translation>Mae amgryptio ar gyfer ffeil y dyddlyfr ar y cyfrifiadur hwn; caiff gweinydd cronfa ddata ei amgryptio drwy ddulliau eich sefydliad ei hun.</translation>
        </message>
        <message>
            <source>this is your recovery key, shown only now. Write it down or print it and keep it somewhere safe, away from this computer: if you forget your passphrase, it is the only way back into your journal.</source>
            <translation>dyma eich allwedd adfer, a ddangosir nawr yn unig. Ysgrifennwch hi neu ei hargraffu a’i chadw rywle diogel, i ffwrdd o’r cyfrifiadur hwn: os byddwch yn anghofio eich cyfrinymadrodd, dyma’r unig ffordd yn ôl i’ch dyddlyfr.</translation>
        </message>
        <message>
            <source>Your journal is already encrypted. Nothing was changed.</source>
            <translation>Mae eich dyddlyfr wedi’i amgryptio eisoes. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>your journal is now encrypted.</source>
            <translation>mae eich dyddlyfr wedi’i amgryptio nawr.</translation>
        </message>
        <message>
            <source>Your journal is not encrypted. Nothing was changed.</source>
            <translation>Nid yw eich dyddlyfr wedi’i amgryptio. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>your journal is no longer encrypted; anyone who can open this folder can read it.</source>
            <translation>nid yw eich dyddlyfr wedi’i amgryptio mwyach; gall unrhyw un sy’n gallu agor y ffolder hon ei ddarllen.</translation>
        </message>
        <message>
            <source>Your journal is not encrypted, so it has no passphrase.</source>
            <translation>Nid yw eich dyddlyfr wedi’i amgryptio, felly nid oes ganddo gyfrinymadrodd.</translation>
        </message>
        <message>
            <source>your passphrase is changed; the old recovery key no longer works.</source>
            <translation>mae eich cyfrinymadrodd wedi newid; nid yw’r hen allwedd adfer yn gweithio mwyach.</translation>
        </message>
        <message>
            <source>No passphrase was given. Nothing was changed.</source>
            <translation>Ni roddwyd cyfrinymadrodd. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>Yr un cyfrinymadrodd eto: </translation>
        </message>
        <message>
            <source>The two passphrases were not the same. Nothing was changed.</source>
            <translation>Nid oedd y ddau gyfrinymadrodd yr un fath. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>read the journal's passphrase from FILE (env {variable})</source>
            <translation>darllen cyfrinymadrodd y dyddlyfr o FILE (env {variable})</translation>
        </message>
        <message>
            <source>The {what} is empty.</source>
            <translation>Mae’r {what} yn wag.</translation>
        </message>
        <message>
            <source>Your journal is encrypted: give its passphrase with --passphrase-file FILE (or {variable}). Nothing was opened.</source>
            <translation>Mae eich dyddlyfr wedi’i amgryptio: rhowch ei gyfrinymadrodd â --passphrase-file FILE (neu {variable}). Nid agorwyd dim.</translation>
        </message>
        <message>
            <source>The {what} is not UTF-8 text.</source>
            <translation>Nid yw’r {what} yn destun UTF-8.</translation>
        </message>
        <message>
            <source>   ID  DATE        TYPE              HOURS  PEER  STATUS    TITLE</source>
            <translation>   ID  DYDDIAD     MATH              ORIAU  CYMH  STATWS    TEITL</translation>
        </message>
        <message>
            <source>Entry:</source>
            <translation>Cofnod:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Math:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Dyddiad:</translation>
        </message>
        <message>
            <source>Hours:</source>
            <translation>Oriau:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Statws:</translation>
        </message>
        <message>
            <source>Link:</source>
            <translation>Dolen:</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>Darparwr:</translation>
        </message>
        <message>
            <source>Author:</source>
            <translation>Awdur:</translation>
        </message>
        <message>
            <source>Published:</source>
            <translation>Cyhoeddwyd:</translation>
        </message>
        <message>
            <source>Tags:</source>
            <translation>Tagiau:</translation>
        </message>
        <message>
            <source>Delivery:</source>
            <translation>Darpariaeth:</translation>
        </message>
        <message>
            <source>Approval:</source>
            <translation>Cymeradwyo:</translation>
        </message>
        <message>
            <source>Topics:</source>
            <translation>Pynciau:</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Templed:</translation>
        </message>
        <message>
            <source>what the learning was</source>
            <translation>beth oedd y dysgu</translation>
        </message>
        <message>
            <source>activity type id, e.g. blog, podcast, supervision (see `cpdlog types`)</source>
            <translation>id y math o weithgaredd, e.e. blog, podcast, supervision (gweler `cpdlog types`)</translation>
        </message>
        <message>
            <source>the date of the learning (start date)</source>
            <translation>dyddiad y dysgu (dyddiad dechrau)</translation>
        </message>
        <message>
            <source>last day, for learning over several days</source>
            <translation>y diwrnod olaf, ar gyfer dysgu dros sawl diwrnod</translation>
        </message>
        <message>
            <source>time spent, in quarter hours: 1.5 or 1:30</source>
            <translation>yr amser a dreuliwyd, mewn chwarteri awr: 1.5 neu 1:30</translation>
        </message>
        <message>
            <source>link to the source</source>
            <translation>dolen i’r ffynhonnell</translation>
        </message>
        <message>
            <source>provider or organiser</source>
            <translation>darparwr neu drefnydd</translation>
        </message>
        <message>
            <source>author or speaker</source>
            <translation>awdur neu siaradwr</translation>
        </message>
        <message>
            <source>publication, site or journal</source>
            <translation>cyhoeddiad, gwefan neu gyfnodolyn</translation>
        </message>
        <message>
            <source>notes about the source (not your reflection)</source>
            <translation>nodiadau am y ffynhonnell (nid eich myfyrdod)</translation>
        </message>
        <message>
            <source>reflection template id (default: swe)</source>
            <translation>id y templed myfyrio (rhagosodiad: swe)</translation>
        </message>
        <message>
            <source>a reflection section, e.g. --section learnt='...' (repeatable)</source>
            <translation>adran fyfyrio, e.e. --section learnt='...' (gellir ei hailadrodd)</translation>
        </message>
        <message>
            <source>who you discussed it with</source>
            <translation>gyda phwy y gwnaethoch ei drafod</translation>
        </message>
        <message>
            <source>their role, e.g. practice supervisor</source>
            <translation>eu rôl, e.e. goruchwyliwr ymarfer</translation>
        </message>
        <message>
            <source>when you discussed it</source>
            <translation>pryd y gwnaethoch ei drafod</translation>
        </message>
        <message>
            <source>what you learnt from discussing it with a peer</source>
            <translation>beth a ddysgoch o’i drafod gyda chymheiriad</translation>
        </message>
        <message>
            <source>a standard it maps to, e.g. swe:4.6 (repeatable)</source>
            <translation>safon y mae’n cyfateb iddi, e.e. swe:4.6 (gellir ei hailadrodd)</translation>
        </message>
        <message>
            <source>a tag (repeatable)</source>
            <translation>tag (gellir ei ailadrodd)</translation>
        </message>
        <message>
            <source>how it was delivered: live, self-study or online-interactive ('' to clear)</source>
            <translation>sut y cafodd ei ddarparu: live, self-study neu online-interactive ('' i’w glirio)</translation>
        </message>
        <message>
            <source>the provider's approval number with your regulator, if it has one</source>
            <translation>rhif cymeradwyo’r darparwr gyda’ch rheoleiddiwr, os oes ganddo un</translation>
        </message>
        <message>
            <source>a topic it covers, e.g. ethics (repeatable; see `cpdlog topics`)</source>
            <translation>pwnc y mae’n ei gwmpasu, e.e. ethics (gellir ei ailadrodd; gweler `cpdlog topics`)</translation>
        </message>
        <message>
            <source>a certificate of completion to keep with the entry (repeatable)</source>
            <translation>tystysgrif cwblhau i’w chadw gyda’r cofnod (gellir ei hailadrodd)</translation>
        </message>
        <message>
            <source>an evidence file to keep with the entry (repeatable)</source>
            <translation>ffeil dystiolaeth i’w chadw gyda’r cofnod (gellir ei hailadrodd)</translation>
        </message>
        <message>
            <source>save as a draft (not yet counted)</source>
            <translation>cadw fel drafft (heb ei gyfrif eto)</translation>
        </message>
        <message>
            <source>save as complete, or refuse (exit 2) if something required is missing</source>
            <translation>cadw fel cyflawn, neu wrthod (cod ymadael 2) os oes rhywbeth gofynnol ar goll</translation>
        </message>
        <message>
            <source>print the saved entry as JSON</source>
            <translation>argraffu’r cofnod a gadwyd fel JSON</translation>
        </message>
        <message>
            <source>add, list, show, edit, delete or restore CPD entries</source>
            <translation>ychwanegu, rhestru, dangos, golygu, dileu neu adfer cofnodion DPP</translation>
        </message>
        <message>
            <source>record a new CPD entry; prints its id</source>
            <translation>cofnodi cofnod DPP newydd; mae’n argraffu ei id</translation>
        </message>
        <message>
            <source>start a draft from a web page or post</source>
            <translation>dechrau drafft o dudalen we neu neges</translation>
        </message>
        <message>
            <source>list entries</source>
            <translation>rhestru cofnodion</translation>
        </message>
        <message>
            <source>show one entry in full</source>
            <translation>dangos un cofnod yn llawn</translation>
        </message>
        <message>
            <source>lay the entry out in the order of a regulator's online form, ready to paste</source>
            <translation>gosod y cofnod yn nhrefn ffurflen ar-lein rheoleiddiwr, yn barod i’w gludo</translation>
        </message>
        <message>
            <source>change an entry (only the options you give)</source>
            <translation>newid cofnod (dim ond yr opsiynau a roddwch)</translation>
        </message>
        <message>
            <source>move an entry to the trash</source>
            <translation>symud cofnod i’r sbwriel</translation>
        </message>
        <message>
            <source>bring an entry back from the trash</source>
            <translation>dod â chofnod yn ôl o’r sbwriel</translation>
        </message>
        <message>
            <source>search titles, reflections, tags and sources</source>
            <translation>chwilio teitlau, myfyrdodau, tagiau a ffynonellau</translation>
        </message>
        <message>
            <source>date</source>
            <translation>dyddiad</translation>
        </message>
        <message>
            <source>No entries.</source>
            <translation>Dim cofnodion.</translation>
        </message>
        <message>
            <source>(in the trash)</source>
            <translation>(yn y sbwriel)</translation>
        </message>
        <message>
            <source>Standards:</source>
            <translation>Safonau:</translation>
        </message>
        <message>
            <source>Peer reflection with {who} on {date}</source>
            <translation>Myfyrio gyda chymheiriad, {who}, ar {date}</translation>
        </message>
        <message>
            <source>Source notes</source>
            <translation>Nodiadau am y ffynhonnell</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Tystiolaeth:</translation>
        </message>
        <message>
            <source>[certificate]</source>
            <translation>[tystysgrif]</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Ni chanfuwyd dim.</translation>
        </message>
        <message>
            <source>remove the peer reflection</source>
            <translation>tynnu’r myfyrio gyda chymheiriad</translation>
        </message>
        <message>
            <source>remove an evidence file by its name (repeatable)</source>
            <translation>tynnu ffeil dystiolaeth yn ôl ei henw (gellir ei ailadrodd)</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>dyddiad gorffen</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} i {end}</translation>
        </message>
        <message>
            <source>Peer reflection with {who}</source>
            <translation>Myfyrio gyda chymheiriad, {who}</translation>
        </message>
        <message>
            <source>(nothing written yet)</source>
            <translation>(dim wedi’i ysgrifennu eto)</translation>
        </message>
        <message>
            <source>Moved “{title}” to the trash. `cpdlog entry restore {id}` brings it back.</source>
            <translation>Symudwyd “{title}” i’r sbwriel. Mae `cpdlog entry restore {id}` yn dod ag ef yn ôl.</translation>
        </message>
        <message>
            <source>Restored “{title}”.</source>
            <translation>Adferwyd “{title}”.</translation>
        </message>
        <message>
            <source>at most N results (1 to {maximum}; default 50)</source>
            <translation>N canlyniad ar y mwyaf (1 i {maximum}; rhagosodiad 50)</translation>
        </message>
        <message>
            <source>peer date</source>
            <translation>dyddiad y drafodaeth gyda chymheiriad</translation>
        </message>
        <message>
            <source>Saved entry {id}.</source>
            <translation>Cadwyd cofnod {id}.</translation>
        </message>
        <message>
            <source>from date</source>
            <translation>dyddiad o</translation>
        </message>
        <message>
            <source>to date</source>
            <translation>dyddiad hyd at</translation>
        </message>
        <message>
            <source>Peer reflection on {date}</source>
            <translation>Myfyrio gyda chymheiriad ar {date}</translation>
        </message>
        <message>
            <source>Peer reflection</source>
            <translation>Myfyrio gyda chymheiriad</translation>
        </message>
        <message>
            <source>'{value}' should look like KEY=TEXT, e.g. --section learnt='...'.</source>
            <translation>Dylai '{value}' edrych fel KEY=TEXT, e.e. --section learnt='...'.</translation>
        </message>
        <message>
            <source>Entry {id} has no evidence file called {name}.</source>
            <translation>Nid oes gan gofnod {id} ffeil dystiolaeth o’r enw {name}.</translation>
        </message>
        <message>
            <source>entry {id} is saved as a draft, not counted as CPD yet: it still needs {missing}.</source>
            <translation>mae cofnod {id} wedi’i gadw fel drafft, heb ei gyfrif fel DPP eto: mae angen {missing} arno o hyd.</translation>
        </message>
        <message>
            <source>entry add needs {options}.</source>
            <translation>mae angen {options} ar entry add.</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ie</translation>
        </message>
        <message>
            <source>{file} ({size} bytes, sha256 {checksum}…)</source>
            <translation>{file} ({size} beit, sha256 {checksum}…)</translation>
        </message>
        <message>
            <source>export your journal (pdf, json, csv)</source>
            <translation>allforio eich dyddlyfr (pdf, json, csv)</translation>
        </message>
        <message>
            <source>everything, losslessly (a .zip keeps evidence as files)</source>
            <translation>popeth, heb golli dim (mae .zip yn cadw tystiolaeth fel ffeiliau)</translation>
        </message>
        <message>
            <source>an encrypted journal's export is encrypted too; this writes it readable by anyone</source>
            <translation>caiff allforiad dyddlyfr wedi’i amgryptio ei amgryptio hefyd; mae hyn yn ei ysgrifennu fel y gall unrhyw un ei ddarllen</translation>
        </message>
        <message>
            <source>one row per entry, for spreadsheets</source>
            <translation>un rhes i bob cofnod, ar gyfer taenlenni</translation>
        </message>
        <message>
            <source>import a cpdlog JSON export</source>
            <translation>mewnforio allforiad JSON cpdlog</translation>
        </message>
        <message>
            <source>add the entries from `cpdlog export json`</source>
            <translation>ychwanegu’r cofnodion o `cpdlog export json`</translation>
        </message>
        <message>
            <source>copy the database to the backups folder</source>
            <translation>copïo’r gronfa ddata i’r ffolder copïau wrth gefn</translation>
        </message>
        <message>
            <source>write the copy here instead</source>
            <translation>ysgrifennu’r copi yma yn lle hynny</translation>
        </message>
        <message>
            <source>how many automatic backups to keep (default 10)</source>
            <translation>faint o gopïau wrth gefn awtomatig i’w cadw (rhagosodiad 10)</translation>
        </message>
        <message>
            <source>the portfolio for your regulator, manager or auditor (PDF)</source>
            <translation>y portffolio ar gyfer eich rheoleiddiwr, eich rheolwr neu eich archwilydd (PDF)</translation>
        </message>
        <message>
            <source>default: your registration period</source>
            <translation>rhagosodiad: eich cyfnod cofrestru</translation>
        </message>
        <message>
            <source>only this entry (repeat for more)</source>
            <translation>y cofnod hwn yn unig (ailadroddwch am fwy)</translation>
        </message>
        <message>
            <source>include drafts, marked DRAFT</source>
            <translation>cynnwys drafftiau, wedi’u marcio’n DRAFFT</translation>
        </message>
        <message>
            <source>include snapshots of captured pages as an appendix</source>
            <translation>cynnwys cipluniau o dudalennau a gipiwyd fel atodiad</translation>
        </message>
        <message>
            <source>hcpc: the HCPC-style CPD audit profile</source>
            <translation>hcpc: proffil archwilio DPP yn null yr HCPC</translation>
        </message>
        <message>
            <source>hcpc layout: your summary of practice history (up to 500 words, UTF-8 text)</source>
            <translation>cynllun hcpc: eich crynodeb o hanes eich ymarfer (hyd at 500 gair, testun UTF-8)</translation>
        </message>
        <message>
            <source>hcpc layout: an entry for the personal statement (repeat; 4-6)</source>
            <translation>cynllun hcpc: cofnod ar gyfer y datganiad personol (ailadroddwch; 4-6)</translation>
        </message>
        <message>
            <source>--summary-file and --statement-entry need --layout hcpc.</source>
            <translation>Mae angen --layout hcpc ar --summary-file a --statement-entry.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entries to {path}.</source>
            <translation>
                <numerusform>Allforiwyd %n cofnod i {path}.</numerusform>
                <numerusform>Allforiwyd %n cofnod i {path}.</numerusform>
                <numerusform>Allforiwyd %n cofnod i {path}.</numerusform>
                <numerusform>Allforiwyd %n cofnod i {path}.</numerusform>
                <numerusform>Allforiwyd %n cofnod i {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>summary file</source>
            <translation>ffeil crynodeb</translation>
        </message>
        <message>
            <source>warning: this export is NOT encrypted; anyone who gets the file can read every entry. Delete it once you no longer need it.</source>
            <translation>rhybudd: NID yw’r allforiad hwn wedi’i amgryptio; gall unrhyw un sy’n cael y ffeil ddarllen pob cofnod. Dilëwch ef pan na fydd ei angen arnoch mwyach.</translation>
        </message>
        <message>
            <source>Imported {added}; {skipped}.</source>
            <translation>Mewnforiwyd {added}; {skipped}.</translation>
        </message>
        <message numerus="yes">
            <source>%n were already here</source>
            <translation>
                <numerusform>roedd %n yma eisoes</numerusform>
                <numerusform>roedd %n yma eisoes</numerusform>
                <numerusform>roedd %n yma eisoes</numerusform>
                <numerusform>roedd %n yma eisoes</numerusform>
                <numerusform>roedd %n yma eisoes</numerusform>
            </translation>
        </message>
        <message>
            <source>start date</source>
            <translation>dyddiad dechrau</translation>
        </message>
        <message>
            <source>Wrote {path}: {entries}, {pages}.</source>
            <translation>Ysgrifennwyd {path}: {entries}, {pages}.</translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n tudalen</numerusform>
                <numerusform>%n tudalen</numerusform>
                <numerusform>%n tudalen</numerusform>
                <numerusform>%n tudalen</numerusform>
                <numerusform>%n tudalen</numerusform>
            </translation>
        </message>
        <message>
            <source>Review records restored: {signoffs}, {comments}.</source>
            <translation>Cofnodion adolygu wedi’u hadfer: {signoffs}, {comments}.</translation>
        </message>
        <message numerus="yes">
            <source>%n sign-offs</source>
            <translation>
                <numerusform>%n cymeradwyaeth</numerusform>
                <numerusform>%n cymeradwyaeth</numerusform>
                <numerusform>%n cymeradwyaeth</numerusform>
                <numerusform>%n cymeradwyaeth</numerusform>
                <numerusform>%n cymeradwyaeth</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comments</source>
            <translation>
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
                <numerusform>%n sylw</numerusform>
            </translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>rhybudd: {warning}</translation>
        </message>
        <message>
            <source>The summary file could not be read: {reason}</source>
            <translation>Nid oedd modd darllen y ffeil crynodeb: {reason}</translation>
        </message>
        <message>
            <source>  ID  UNREAD  STATUS       FEED</source>
            <translation>  ID  NEWYDD  STATWS       FFRWD</translation>
        </message>
        <message>
            <source>{title} is now in {folder}.</source>
            <translation>Mae {title} yn {folder} nawr.</translation>
        </message>
        <message>
            <source>{title} is now in no folder.</source>
            <translation>Nid yw {title} mewn unrhyw ffolder nawr.</translation>
        </message>
        <message>
            <source>{title} is included in refreshes.</source>
            <translation>Mae {title} wedi’i chynnwys mewn adnewyddiadau.</translation>
        </message>
        <message>
            <source>{title} is left out of refreshes.</source>
            <translation>Mae {title} wedi’i gadael allan o adnewyddiadau.</translation>
        </message>
        <message>
            <source>The full text of new items from {title} is fetched after each refresh and kept for reading offline.</source>
            <translation>Caiff testun llawn eitemau newydd o {title} ei nôl ar ôl pob adnewyddiad a’i gadw i’w ddarllen all-lein.</translation>
        </message>
        <message>
            <source>{title}: items show the feed's own text (no full text fetched).</source>
            <translation>{title}: mae eitemau’n dangos testun y ffrwd ei hun (ni chaiff testun llawn ei nôl).</translation>
        </message>
        <message numerus="yes">
            <source>Added %n feeds</source>
            <translation>
                <numerusform>Ychwanegwyd %n ffrwd</numerusform>
                <numerusform>Ychwanegwyd %n ffrwd</numerusform>
                <numerusform>Ychwanegwyd %n ffrwd</numerusform>
                <numerusform>Ychwanegwyd %n ffrwd</numerusform>
                <numerusform>Ychwanegwyd %n ffrwd</numerusform>
            </translation>
        </message>
        <message>
            <source>on</source>
            <translation>ymlaen</translation>
        </message>
        <message>
            <source>off</source>
            <translation>i ffwrdd</translation>
        </message>
        <message>
            <source>Curated social-work sources, by category:</source>
            <translation>Ffynonellau gwaith cymdeithasol wedi’u curadu, yn ôl categori:</translation>
        </message>
        <message numerus="yes">
            <source>%n sources</source>
            <translation>
                <numerusform>%n ffynhonnell</numerusform>
                <numerusform>%n ffynhonnell</numerusform>
                <numerusform>%n ffynhonnell</numerusform>
                <numerusform>%n ffynhonnell</numerusform>
                <numerusform>%n ffynhonnell</numerusform>
            </translation>
        </message>
        <message>
            <source>Follow some with `cpdlog feeds curated --subscribe "CATEGORY"`, or all with --all.</source>
            <translation>Dilynwch rai â `cpdlog feeds curated --subscribe "CATEGORY"`, neu’r cyfan â --all.</translation>
        </message>
        <message>
            <source>    ID  DATE        FLAGS  FEED                  TITLE</source>
            <translation>    ID  DYDDIAD     NODAU  FFRWD                 TEITL</translation>
        </message>
        <message>
            <source>FLAGS: N unread, S starred, L logged as CPD.</source>
            <translation>NODAU: N heb ei ddarllen, S â seren, L wedi’i gofnodi fel DPP.</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(dim teitl)</translation>
        </message>
        <message numerus="yes">
            <source>Marked %n items as unread.</source>
            <translation>
                <numerusform>Marciwyd %n eitem fel heb eu darllen.</numerusform>
                <numerusform>Marciwyd %n eitem fel heb eu darllen.</numerusform>
                <numerusform>Marciwyd %n eitem fel heb eu darllen.</numerusform>
                <numerusform>Marciwyd %n eitem fel heb eu darllen.</numerusform>
                <numerusform>Marciwyd %n eitem fel heb eu darllen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked %n items as read.</source>
            <translation>
                <numerusform>Marciwyd %n eitem fel wedi’u darllen.</numerusform>
                <numerusform>Marciwyd %n eitem fel wedi’u darllen.</numerusform>
                <numerusform>Marciwyd %n eitem fel wedi’u darllen.</numerusform>
                <numerusform>Marciwyd %n eitem fel wedi’u darllen.</numerusform>
                <numerusform>Marciwyd %n eitem fel wedi’u darllen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Starred item {id}.</source>
            <translation>Rhoddwyd seren i eitem {id}.</translation>
        </message>
        <message>
            <source>Unstarred item {id}.</source>
            <translation>Tynnwyd y seren oddi ar eitem {id}.</translation>
        </message>
        <message>
            <source>follow blogs, news, podcasts and hashtags; refresh them</source>
            <translation>dilyn blogiau, newyddion, podlediadau a hashnodau; eu hadnewyddu</translation>
        </message>
        <message>
            <source>list the feeds you follow</source>
            <translation>rhestru’r ffrydiau rydych yn eu dilyn</translation>
        </message>
        <message>
            <source>follow a feed, or the feed a web page links to</source>
            <translation>dilyn ffrwd, neu’r ffrwd y mae tudalen we yn cysylltu â hi</translation>
        </message>
        <message>
            <source>folder, e.g. 'News and practice/Adults'</source>
            <translation>ffolder, e.e. 'News and practice/Adults'</translation>
        </message>
        <message>
            <source>your own name for the feed</source>
            <translation>eich enw eich hun ar gyfer y ffrwd</translation>
        </message>
        <message>
            <source>follow a Mastodon hashtag, e.g. socialwork</source>
            <translation>dilyn hashnod Mastodon, e.e. socialwork</translation>
        </message>
        <message>
            <source>Mastodon server</source>
            <translation>gweinydd Mastodon</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>ffolder</translation>
        </message>
        <message>
            <source>stop following a feed (logged items stay)</source>
            <translation>peidio â dilyn ffrwd (mae eitemau a gofnodwyd yn aros)</translation>
        </message>
        <message>
            <source>give a feed your own name ('' to undo)</source>
            <translation>rhoi eich enw eich hun i ffrwd ('' i ddadwneud)</translation>
        </message>
        <message>
            <source>move a feed to a folder ('' for none)</source>
            <translation>symud ffrwd i ffolder ('' am ddim un)</translation>
        </message>
        <message>
            <source>include a feed in refreshes again</source>
            <translation>cynnwys ffrwd mewn adnewyddiadau eto</translation>
        </message>
        <message>
            <source>leave a feed out of refreshes</source>
            <translation>gadael ffrwd allan o adnewyddiadau</translation>
        </message>
        <message>
            <source>change a feed's settings (full text of new items)</source>
            <translation>newid gosodiadau ffrwd (testun llawn eitemau newydd)</translation>
        </message>
        <message>
            <source>after each refresh, fetch new items' pages and keep their text for offline reading</source>
            <translation>ar ôl pob adnewyddiad, nôl tudalennau eitemau newydd a chadw eu testun i’w ddarllen all-lein</translation>
        </message>
        <message>
            <source>follow the feeds in an OPML file</source>
            <translation>dilyn y ffrydiau mewn ffeil OPML</translation>
        </message>
        <message>
            <source>write the feeds you follow to an OPML file</source>
            <translation>ysgrifennu’r ffrydiau rydych yn eu dilyn i ffeil OPML</translation>
        </message>
        <message>
            <source>fetch new items; one line per feed</source>
            <translation>nôl eitemau newydd; un llinell i bob ffrwd</translation>
        </message>
        <message>
            <source>only these feeds</source>
            <translation>y ffrydiau hyn yn unig</translation>
        </message>
        <message>
            <source>only feeds whose polite waiting time has passed (as automatic refresh does)</source>
            <translation>dim ond ffrydiau y mae eu hamser aros cwrtais wedi mynd heibio (fel y mae adnewyddu awtomatig yn ei wneud)</translation>
        </message>
        <message>
            <source>automatic refresh and how long items are kept</source>
            <translation>adnewyddu awtomatig a pha mor hir y cedwir eitemau</translation>
        </message>
        <message>
            <source>refresh in the background while the desktop app is open</source>
            <translation>adnewyddu yn y cefndir tra bo’r ap bwrdd gwaith ar agor</translation>
        </message>
        <message>
            <source>how often automatic refresh looks for due feeds</source>
            <translation>pa mor aml y mae adnewyddu awtomatig yn chwilio am ffrydiau sy’n ddyledus</translation>
        </message>
        <message>
            <source>clear unstarred, unlogged items older than this (default 180)</source>
            <translation>clirio eitemau heb seren, heb eu cofnodi, sy’n hŷn na hyn (rhagosodiad 180)</translation>
        </message>
        <message>
            <source>list or follow cpdlog's curated social-work sources</source>
            <translation>rhestru neu ddilyn ffynonellau gwaith cymdeithasol cpdlog wedi’u curadu</translation>
        </message>
        <message>
            <source>follow the sources in this category (repeatable)</source>
            <translation>dilyn y ffynonellau yn y categori hwn (gellir ei ailadrodd)</translation>
        </message>
        <message>
            <source>follow every curated source</source>
            <translation>dilyn pob ffynhonnell wedi’i churadu</translation>
        </message>
        <message>
            <source>do not offer the list again</source>
            <translation>peidio â chynnig y rhestr eto</translation>
        </message>
        <message>
            <source>read feed items and log them as CPD</source>
            <translation>darllen eitemau ffrwd a’u cofnodi fel DPP</translation>
        </message>
        <message>
            <source>list items, newest first</source>
            <translation>rhestru eitemau, y rhai mwyaf newydd yn gyntaf</translation>
        </message>
        <message>
            <source>a folder (its sub-folders too)</source>
            <translation>ffolder (a’i is-ffolderi hefyd)</translation>
        </message>
        <message>
            <source>words in the title, text or author</source>
            <translation>geiriau yn y teitl, y testun neu’r awdur</translation>
        </message>
        <message>
            <source>at most N items (up to 10,000)</source>
            <translation>N eitem ar y mwyaf (hyd at 10,000)</translation>
        </message>
        <message>
            <source>skip N items</source>
            <translation>hepgor N eitem</translation>
        </message>
        <message>
            <source>show one item as text</source>
            <translation>dangos un eitem fel testun</translation>
        </message>
        <message>
            <source>show the item's whole article, fetched from its page once and then kept</source>
            <translation>dangos erthygl gyfan yr eitem, wedi’i nôl o’i thudalen unwaith ac yna’i chadw</translation>
        </message>
        <message>
            <source>create a draft CPD entry from an item; prints its id</source>
            <translation>creu cofnod DPP drafft o eitem; mae’n argraffu ei id</translation>
        </message>
        <message>
            <source>print the draft entry as JSON</source>
            <translation>argraffu’r cofnod drafft fel JSON</translation>
        </message>
        <message>
            <source>fetch the item's page and keep a readable snapshot of it as evidence</source>
            <translation>nôl tudalen yr eitem a chadw ciplun darllenadwy ohoni fel tystiolaeth</translation>
        </message>
        <message>
            <source>mark items as read</source>
            <translation>marcio eitemau fel wedi’u darllen</translation>
        </message>
        <message>
            <source>mark them unread instead</source>
            <translation>eu marcio fel heb eu darllen yn lle hynny</translation>
        </message>
        <message>
            <source>star an item (starred items are never cleared)</source>
            <translation>rhoi seren i eitem (ni chaiff eitemau â seren byth eu clirio)</translation>
        </message>
        <message>
            <source>remove the star</source>
            <translation>tynnu’r seren</translation>
        </message>
        <message>
            <source>You do not follow any feeds yet. Try `cpdlog feeds curated`, `cpdlog feeds add URL` or `cpdlog feeds add-hashtag socialwork`.</source>
            <translation>Nid ydych yn dilyn unrhyw ffrydiau eto. Rhowch gynnig ar `cpdlog feeds curated`, `cpdlog feeds add URL` neu `cpdlog feeds add-hashtag socialwork`.</translation>
        </message>
        <message numerus="yes">
            <source>%n items you logged as CPD stay with their entries.</source>
            <translation>
                <numerusform>Mae %n eitem a gofnodwyd gennych fel DPP yn aros gyda’u cofnodion.</numerusform>
                <numerusform>Mae %n eitem a gofnodwyd gennych fel DPP yn aros gyda’u cofnodion.</numerusform>
                <numerusform>Mae %n eitem a gofnodwyd gennych fel DPP yn aros gyda’u cofnodion.</numerusform>
                <numerusform>Mae %n eitem a gofnodwyd gennych fel DPP yn aros gyda’u cofnodion.</numerusform>
                <numerusform>Mae %n eitem a gofnodwyd gennych fel DPP yn aros gyda’u cofnodion.</numerusform>
            </translation>
        </message>
        <message>
            <source>. `cpdlog feeds refresh` fetches them.</source>
            <translation>. Mae `cpdlog feeds refresh` yn eu nôl.</translation>
        </message>
        <message>
            <source>The refresh interval must be between 15 and 1440 minutes.</source>
            <translation>Rhaid i’r cyfnod adnewyddu fod rhwng 15 a 1440 munud.</translation>
        </message>
        <message>
            <source>Items must be kept for at least 1 day.</source>
            <translation>Rhaid cadw eitemau am o leiaf 1 diwrnod.</translation>
        </message>
        <message>
            <source>The curated list will not be offered again (`cpdlog feeds curated` still shows it).</source>
            <translation>Ni fydd y rhestr wedi’i churadu’n cael ei chynnig eto (mae `cpdlog feeds curated` yn dal i’w dangos).</translation>
        </message>
        <message>
            <source>Feed:</source>
            <translation>Ffrwd:</translation>
        </message>
        <message>
            <source>Logged:</source>
            <translation>Cofnodwyd:</translation>
        </message>
        <message numerus="yes">
            <source>Following {title} (feed {id}, %n items).</source>
            <translation>
                <numerusform>Yn dilyn {title} (ffrwd {id}, %n eitem).</numerusform>
                <numerusform>Yn dilyn {title} (ffrwd {id}, %n eitem).</numerusform>
                <numerusform>Yn dilyn {title} (ffrwd {id}, %n eitem).</numerusform>
                <numerusform>Yn dilyn {title} (ffrwd {id}, %n eitem).</numerusform>
                <numerusform>Yn dilyn {title} (ffrwd {id}, %n eitem).</numerusform>
            </translation>
        </message>
        <message>
            <source>Following {title} (feed {id}). `cpdlog feeds refresh` fetches its posts.</source>
            <translation>Yn dilyn {title} (ffrwd {id}). Mae `cpdlog feeds refresh` yn nôl ei negeseuon.</translation>
        </message>
        <message>
            <source>Feed {id} is now called {title}.</source>
            <translation>Enw ffrwd {id} nawr yw {title}.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n feeds to {path}.</source>
            <translation>
                <numerusform>Ysgrifennwyd %n ffrwd i {path}.</numerusform>
                <numerusform>Ysgrifennwyd %n ffrwd i {path}.</numerusform>
                <numerusform>Ysgrifennwyd %n ffrwd i {path}.</numerusform>
                <numerusform>Ysgrifennwyd %n ffrwd i {path}.</numerusform>
                <numerusform>Ysgrifennwyd %n ffrwd i {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Automatic refresh: {state}, every {minutes} minutes</source>
            <translation>Adnewyddu awtomatig: {state}, bob {minutes} munud</translation>
        </message>
        <message>
            <source>Items kept for:    {days} days (starred and logged items always)</source>
            <translation>Cedwir eitemau am: {days} diwrnod (eitemau â seren ac eitemau a gofnodwyd bob amser)</translation>
        </message>
        <message>
            <source>Refreshing {done}/{total}…</source>
            <translation>Wrthi’n adnewyddu {done}/{total}…</translation>
        </message>
        <message>
            <source>. Nothing has been fetched yet: `cpdlog feeds refresh` does that.</source>
            <translation>. Nid oes dim wedi’i nôl eto: mae `cpdlog feeds refresh` yn gwneud hynny.</translation>
        </message>
        <message>
            <source>No items.</source>
            <translation>Dim eitemau.</translation>
        </message>
        <message>
            <source>Stopped following {title}.</source>
            <translation>Wedi peidio â dilyn {title}.</translation>
        </message>
        <message>
            <source>{count} you already follow</source>
            <translation>{count} rydych yn eu dilyn eisoes</translation>
        </message>
        <message>
            <source>{count} skipped (no usable address)</source>
            <translation>{count} wedi’u hepgor (dim cyfeiriad y gellir ei ddefnyddio)</translation>
        </message>
        <message>
            <source>No feeds to refresh.</source>
            <translation>Dim ffrydiau i’w hadnewyddu.</translation>
        </message>
        <message>
            <source>No feeds are due for a refresh.</source>
            <translation>Nid oes unrhyw ffrydiau’n ddyledus i’w hadnewyddu.</translation>
        </message>
        <message numerus="yes">
            <source>Added %n curated sources</source>
            <translation>
                <numerusform>Ychwanegwyd %n ffynhonnell wedi’i churadu</numerusform>
                <numerusform>Ychwanegwyd %n ffynhonnell wedi’i churadu</numerusform>
                <numerusform>Ychwanegwyd %n ffynhonnell wedi’i churadu</numerusform>
                <numerusform>Ychwanegwyd %n ffynhonnell wedi’i churadu</numerusform>
                <numerusform>Ychwanegwyd %n ffynhonnell wedi’i churadu</numerusform>
            </translation>
        </message>
        <message>
            <source>, {count} followed</source>
            <translation>, {count} yn cael eu dilyn</translation>
        </message>
        <message>
            <source>entry {id}</source>
            <translation>cofnod {id}</translation>
        </message>
        <message>
            <source>{suggestion}: {hours} (change it with `cpdlog entry edit {id} --hours H`).</source>
            <translation>{suggestion}: {hours} (newidiwch ef â `cpdlog entry edit {id} --hours H`).</translation>
        </message>
        <message numerus="yes">
            <source>%n hours</source>
            <translation>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
            </translation>
        </message>
        <message>
            <source>item {item} is already logged as entry {id}.</source>
            <translation>mae eitem {item} wedi’i chofnodi eisoes fel cofnod {id}.</translation>
        </message>
        <message>
            <source>{title} (feed {id}): {outcome}</source>
            <translation>{title} (ffrwd {id}): {outcome}</translation>
        </message>
        <message>
            <source>Refreshed {feeds}: {items}</source>
            <translation>Adnewyddwyd {feeds}: {items}</translation>
        </message>
        <message numerus="yes">
            <source>%n feeds</source>
            <translation>
                <numerusform>%n ffrwd</numerusform>
                <numerusform>%n ffrwd</numerusform>
                <numerusform>%n ffrwd</numerusform>
                <numerusform>%n ffrwd</numerusform>
                <numerusform>%n ffrwd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new items</source>
            <translation>
                <numerusform>%n eitem newydd</numerusform>
                <numerusform>%n eitem newydd</numerusform>
                <numerusform>%n eitem newydd</numerusform>
                <numerusform>%n eitem newydd</numerusform>
                <numerusform>%n eitem newydd</numerusform>
            </translation>
        </message>
        <message>
            <source>, full text kept for {count}</source>
            <translation>, testun llawn wedi’i gadw ar gyfer {count}</translation>
        </message>
        <message>
            <source>, {count} failed</source>
            <translation>, methodd {count}</translation>
        </message>
        <message>
            <source>The desktop app cannot start because Qt is not available ({reason}). The command line still works: try `cpdlog --help`.</source>
            <translation>Ni all yr ap bwrdd gwaith ddechrau gan nad yw Qt ar gael ({reason}). Mae’r llinell orchymyn yn dal i weithio: rhowch gynnig ar `cpdlog --help`.</translation>
        </message>
        <message>
            <source>[declare]</source>
            <translation>[datgan]</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(heb ei osod)</translation>
        </message>
        <message>
            <source>[done]</source>
            <translation>[wedi’i wneud]</translation>
        </message>
        <message>
            <source>[to do]</source>
            <translation>[i’w wneud]</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Enw:</translation>
        </message>
        <message>
            <source>Registration number:</source>
            <translation>Rhif cofrestru:</translation>
        </message>
        <message>
            <source>Regulator:</source>
            <translation>Rheoleiddiwr:</translation>
        </message>
        <message>
            <source>Registered on:</source>
            <translation>Cofrestrwyd ar:</translation>
        </message>
        <message>
            <source>Also registered:</source>
            <translation>Cofrestrwyd hefyd:</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Ffolder data:</translation>
        </message>
        <message>
            <source>Registration removed.</source>
            <translation>Tynnwyd y cofrestriad.</translation>
        </message>
        <message>
            <source>Profile saved.</source>
            <translation>Cadwyd y proffil.</translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n entries for good.</source>
            <translation>
                <numerusform>Dilëwyd %n cofnod am byth.</numerusform>
                <numerusform>Dilëwyd %n cofnod am byth.</numerusform>
                <numerusform>Dilëwyd %n cofnod am byth.</numerusform>
                <numerusform>Dilëwyd %n cofnod am byth.</numerusform>
                <numerusform>Dilëwyd %n cofnod am byth.</numerusform>
            </translation>
        </message>
        <message>
            <source>template file</source>
            <translation>ffeil templed</translation>
        </message>
        <message>
            <source>progress towards your regulator's requirements</source>
            <translation>cynnydd tuag at ofynion eich rheoleiddiwr</translation>
        </message>
        <message>
            <source>e.g. swe, niscc, coru, aasw, swrb, ca-bbs, custom</source>
            <translation>e.e. swe, niscc, coru, aasw, swrb, ca-bbs, custom</translation>
        </message>
        <message>
            <source>the period that ends in this year</source>
            <translation>y cyfnod sy’n dod i ben yn y flwyddyn hon</translation>
        </message>
        <message>
            <source>your name, registration and regulator</source>
            <translation>eich enw, eich cofrestriad a’ch rheoleiddiwr</translation>
        </message>
        <message>
            <source>show your profile</source>
            <translation>dangos eich proffil</translation>
        </message>
        <message>
            <source>change your profile (only the options you give)</source>
            <translation>newid eich proffil (dim ond yr opsiynau a roddwch)</translation>
        </message>
        <message>
            <source>name of your own requirements (regulator custom)</source>
            <translation>enw eich gofynion eich hun (rheoleiddiwr custom)</translation>
        </message>
        <message>
            <source>start of each yearly period</source>
            <translation>dechrau pob cyfnod blynyddol</translation>
        </message>
        <message>
            <source>count periods from your registration date instead</source>
            <translation>cyfrif cyfnodau o’ch dyddiad cofrestru yn lle hynny</translation>
        </message>
        <message>
            <source>add another registration, e.g. a US state licence</source>
            <translation>ychwanegu cofrestriad arall, e.e. trwydded talaith yn yr Unol Daleithiau</translation>
        </message>
        <message>
            <source>where renewal follows your birth month</source>
            <translation>lle mae adnewyddu’n dilyn eich mis geni</translation>
        </message>
        <message>
            <source>e.g. LMSW, LCSW</source>
            <translation>e.e. LMSW, LCSW</translation>
        </message>
        <message>
            <source>remove a registration you added</source>
            <translation>tynnu cofrestriad a ychwanegwyd gennych</translation>
        </message>
        <message>
            <source>entries you deleted</source>
            <translation>cofnodion a ddilëwyd gennych</translation>
        </message>
        <message>
            <source>list the trash</source>
            <translation>rhestru’r sbwriel</translation>
        </message>
        <message>
            <source>delete one entry in the trash for good</source>
            <translation>dileu un cofnod yn y sbwriel am byth</translation>
        </message>
        <message>
            <source>delete everything in the trash for good</source>
            <translation>dileu popeth yn y sbwriel am byth</translation>
        </message>
        <message>
            <source>confirm</source>
            <translation>cadarnhau</translation>
        </message>
        <message>
            <source>list activity types</source>
            <translation>rhestru mathau o weithgaredd</translation>
        </message>
        <message>
            <source>list learning topics (for --topic)</source>
            <translation>rhestru pynciau dysgu (ar gyfer --topic)</translation>
        </message>
        <message>
            <source>list professional standards</source>
            <translation>rhestru safonau proffesiynol</translation>
        </message>
        <message>
            <source>e.g. swe, pcf, hcpc, sssc-workers, scw or niscc</source>
            <translation>e.e. swe, pcf, hcpc, sssc-workers, scw neu niscc</translation>
        </message>
        <message>
            <source>list requirement profiles</source>
            <translation>rhestru proffiliau gofynion</translation>
        </message>
        <message>
            <source>reflection templates</source>
            <translation>templedi myfyrio</translation>
        </message>
        <message>
            <source>list templates and their sections</source>
            <translation>rhestru templedi a’u hadrannau</translation>
        </message>
        <message>
            <source>add your own template from a TOML file</source>
            <translation>ychwanegu eich templed eich hun o ffeil TOML</translation>
        </message>
        <message>
            <source>the deadline has passed</source>
            <translation>mae’r dyddiad cau wedi mynd heibio</translation>
        </message>
        <message>
            <source>Things a regulator may question:</source>
            <translation>Pethau y gallai rheoleiddiwr eu cwestiynu:</translation>
        </message>
        <message>
            <source>A birth month is a number from 1 to 12.</source>
            <translation>Rhif o 1 i 12 yw mis geni.</translation>
        </message>
        <message>
            <source>A template id uses lower-case letters, digits and hyphens only.</source>
            <translation>Dim ond llythrennau bach, digidau a chysylltnodau sydd mewn id templed.</translation>
        </message>
        <message>
            <source>Deadline: {date}, {time} ({when})</source>
            <translation>Dyddiad cau: {date}, {time} ({when})</translation>
        </message>
        <message>
            <source>Added your registration with {regulator}.</source>
            <translation>Ychwanegwyd eich cofrestriad gyda {regulator}.</translation>
        </message>
        <message>
            <source>registration date</source>
            <translation>dyddiad cofrestru</translation>
        </message>
        <message>
            <source>The trash is empty.</source>
            <translation>Mae’r sbwriel yn wag.</translation>
        </message>
        <message>
            <source>Entry {id} was deleted for good.</source>
            <translation>Dilëwyd cofnod {id} am byth.</translation>
        </message>
        <message>
            <source>(yours)</source>
            <translation>(eich un chi)</translation>
        </message>
        <message>
            <source>Added the template '{name}' ({id}).</source>
            <translation>Ychwanegwyd y templed '{name}' ({id}).</translation>
        </message>
        <message>
            <source>The period just ended: {period}</source>
            <translation>Y cyfnod sydd newydd ddod i ben: {period}</translation>
        </message>
        <message>
            <source>A template called '{id}' already exists; choose another id.</source>
            <translation>Mae templed o’r enw '{id}' yn bodoli eisoes; dewiswch id arall.</translation>
        </message>
        <message>
            <source>Export its portfolio with `cpdlog export pdf -o FILE --from {start} --to {end}`.</source>
            <translation>Allforiwch ei bortffolio gyda `cpdlog export pdf -o FILE --from {start} --to {end}`.</translation>
        </message>
        <message>
            <source>{mark} {label}: {actual} of {required}</source>
            <translation>{mark} {label}: {actual} o {required}</translation>
        </message>
        <message>
            <source>entry {id}: </source>
            <translation>cofnod {id}: </translation>
        </message>
        <message>
            <source>deleted {date}</source>
            <translation>dilëwyd {date}</translation>
        </message>
        <message>
            <source>Unknown framework '{framework}'. Choose one of: {known}.</source>
            <translation>Fframwaith anhysbys '{framework}'. Dewiswch un o: {known}.</translation>
        </message>
        <message>
            <source>The template could not be saved: {reason}.</source>
            <translation>Nid oedd modd cadw’r templed: {reason}.</translation>
        </message>
        <message>
            <source>To close it: {closing}</source>
            <translation>I gau’r bwlch: {closing}</translation>
        </message>
        <message>
            <source>registered {date}</source>
            <translation>cofrestrwyd {date}</translation>
        </message>
        <message numerus="yes">
            <source>%n dates</source>
            <translation>
                <numerusform>%n dyddiad</numerusform>
                <numerusform>%n dyddiad</numerusform>
                <numerusform>%n dyddiad</numerusform>
                <numerusform>%n dyddiad</numerusform>
                <numerusform>%n dyddiad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n reminders</source>
            <translation>
                <numerusform>%n nodyn atgoffa</numerusform>
                <numerusform>%n nodyn atgoffa</numerusform>
                <numerusform>%n nodyn atgoffa</numerusform>
                <numerusform>%n nodyn atgoffa</numerusform>
                <numerusform>%n nodyn atgoffa</numerusform>
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation>dim</translation>
        </message>
        <message>
            <source>show a notification if any CPD is due today (at most one a day)</source>
            <translation>dangos hysbysiad os oes unrhyw DPP yn ddyledus heddiw (un y dydd ar y mwyaf)</translation>
        </message>
        <message>
            <source>Show a desktop notification if a CPD deadline, a date you added or unfinished entries need attention today, then exit. At most one notification a day; nothing is shown when nothing is due.</source>
            <translation>Dangos hysbysiad ar y bwrdd gwaith os oes angen sylw heddiw ar ddyddiad cau DPP, dyddiad a ychwanegwyd gennych neu gofnodion heb eu gorffen, ac yna gadael. Un hysbysiad y dydd ar y mwyaf; ni ddangosir dim pan nad oes dim yn ddyledus.</translation>
        </message>
        <message>
            <source>print what would be shown, and show nothing</source>
            <translation>argraffu’r hyn a fyddai’n cael ei ddangos, a pheidio â dangos dim</translation>
        </message>
        <message>
            <source>show or change when you are reminded</source>
            <translation>dangos neu newid pryd y cewch eich atgoffa</translation>
        </message>
        <message>
            <source>days before the deadline to remind you, e.g. 90,30,14,3 ('' for none)</source>
            <translation>y diwrnodau cyn y dyddiad cau i’ch atgoffa, e.e. 90,30,14,3 ('' am ddim un)</translation>
        </message>
        <message>
            <source>a monthly reminder when entries are unfinished (drafts)</source>
            <translation>nodyn atgoffa misol pan fo cofnodion heb eu gorffen (drafftiau)</translation>
        </message>
        <message>
            <source>a date to be reminded of, such as an audit or sampling date</source>
            <translation>dyddiad i gael eich atgoffa ohono, fel dyddiad archwiliad neu samplu</translation>
        </message>
        <message>
            <source>forget a date you added</source>
            <translation>anghofio dyddiad a ychwanegwyd gennych</translation>
        </message>
        <message>
            <source>the registration whose reminders to show or change, e.g. sssc (default: your main registration)</source>
            <translation>y cofrestriad y dylid dangos neu newid ei nodiadau atgoffa, e.e. sssc (diofyn: eich prif gofrestriad)</translation>
        </message>
        <message>
            <source>print the settings as JSON</source>
            <translation>argraffu’r gosodiadau fel JSON</translation>
        </message>
        <message>
            <source>turn the check at login on or off (XDG autostart on Linux, the Background portal under Flatpak, the Run key on Windows, a LaunchAgent on macOS)</source>
            <translation>troi’r gwiriad wrth fewngofnodi ymlaen neu i ffwrdd (XDG autostart ar Linux, y porth Background o dan Flatpak, yr allwedd Run ar Windows, LaunchAgent ar macOS)</translation>
        </message>
        <message>
            <source>your CPD deadlines as a calendar file</source>
            <translation>eich dyddiadau cau DPP fel ffeil calendr</translation>
        </message>
        <message>
            <source>write an iCalendar (.ics) file with the deadlines and reminder alarms</source>
            <translation>ysgrifennu ffeil iCalendar (.ics) gyda’r dyddiadau cau a’r larymau atgoffa</translation>
        </message>
        <message>
            <source>Write an iCalendar file with your CPD deadlines, the dates you added and an alarm for each reminder day. Import it into your phone or computer calendar; importing a newer file updates the events instead of adding copies.</source>
            <translation>Ysgrifennu ffeil iCalendar gyda’ch dyddiadau cau DPP, y dyddiadau a ychwanegwyd gennych a larwm ar gyfer pob diwrnod atgoffa. Mewnforiwch hi i galendr eich ffôn neu eich cyfrifiadur; mae mewnforio ffeil fwy newydd yn diweddaru’r digwyddiadau yn lle ychwanegu copïau.</translation>
        </message>
        <message>
            <source>{days} days before the deadline</source>
            <translation>{days} diwrnod cyn y dyddiad cau</translation>
        </message>
        <message>
            <source>Reminder settings saved.</source>
            <translation>Cadwyd y gosodiadau nodiadau atgoffa.</translation>
        </message>
        <message>
            <source>Dates you added:</source>
            <translation>Dyddiadau a ychwanegoch:</translation>
        </message>
        <message>
            <source>cpdlog will no longer check at login.</source>
            <translation>Ni fydd cpdlog yn gwirio wrth fewngofnodi mwyach.</translation>
        </message>
        <message>
            <source>The check at login was already off.</source>
            <translation>Roedd y gwiriad wrth fewngofnodi eisoes i ffwrdd.</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} a {last}</translation>
        </message>
        <message>
            <source>Reminders ({name}): {days}</source>
            <translation>Nodiadau atgoffa ({name}): {days}</translation>
        </message>
        <message>
            <source>Monthly reminder about unfinished entries: {state}</source>
            <translation>Nodyn atgoffa misol am gofnodion heb eu gorffen: {state}</translation>
        </message>
        <message>
            <source>Check at login: {state}</source>
            <translation>Gwirio wrth fewngofnodi: {state}</translation>
        </message>
        <message>
            <source>Wrote {path} ({events}, {alarms}). Import it into your calendar.</source>
            <translation>Ysgrifennwyd {path} ({events}, {alarms}). Mewnforiwch y ffeil i’ch calendr.</translation>
        </message>
        <message>
            <source>Nothing more would be shown today: a reminder was already shown today.</source>
            <translation>Ni fyddai dim mwy yn cael ei ddangos heddiw: dangoswyd nodyn atgoffa heddiw eisoes.</translation>
        </message>
        <message>
            <source>Nothing is due today, so nothing would be shown.</source>
            <translation>Does dim yn ddyledus heddiw, felly ni fyddai dim yn cael ei ddangos.</translation>
        </message>
        <message>
            <source>cpdlog will check for due CPD each time you log in ({where}).</source>
            <translation>Bydd cpdlog yn gwirio am DPP sy’n ddyledus bob tro y byddwch yn mewngofnodi ({where}).</translation>
        </message>
        <message>
            <source>{title}:</source>
            <translation>{title}:</translation>
        </message>
        <message>
            <source>You have no registration with {regulator}. Your registrations: {held}.</source>
            <translation>Nid oes gennych gofrestriad gyda {regulator}. Eich cofrestriadau: {held}.</translation>
        </message>
        <message>
            <source>Check at login: on ({where})</source>
            <translation>Gwirio wrth fewngofnodi: ymlaen ({where})</translation>
        </message>
        <message>
            <source>(no name given)</source>
            <translation>(ni roddwyd enw)</translation>
        </message>
        <message>
            <source>send entries for review and sign-off, and take back the response</source>
            <translation>anfon cofnodion i’w hadolygu a’u cymeradwyo, a derbyn yr ymateb yn ôl</translation>
        </message>
        <message>
            <source>write a review pack of entries for your supervisor</source>
            <translation>ysgrifennu pecyn adolygu o gofnodion i’ch goruchwyliwr</translation>
        </message>
        <message>
            <source>(supervisor) show a review pack and check it is intact</source>
            <translation>(goruchwyliwr) dangos pecyn adolygu a gwirio ei fod yn gyflawn</translation>
        </message>
        <message>
            <source>(supervisor) comment on and sign off a review pack's entries</source>
            <translation>(goruchwyliwr) rhoi sylwadau ar gofnodion pecyn adolygu a’u cymeradwyo</translation>
        </message>
        <message>
            <source>your name as the reviewer</source>
            <translation>eich enw fel yr adolygydd</translation>
        </message>
        <message>
            <source>your role, e.g. "Practice educator" or "ASYE assessor"</source>
            <translation>eich rôl, e.e. "Addysgwr ymarfer" neu "Asesydd ASYE"</translation>
        </message>
        <message>
            <source>your record of the peer-reflection discussion of entry N (repeat for more)</source>
            <translation>eich cofnod o’r drafodaeth myfyrio gyda chymheiriad am gofnod N (ailadroddwch am fwy)</translation>
        </message>
        <message>
            <source>when the discussion took place (default today)</source>
            <translation>pryd y cynhaliwyd y drafodaeth (rhagosodiad heddiw)</translation>
        </message>
        <message>
            <source>sign off entry N as it is in the pack (its number in `cpdlog review open`)</source>
            <translation>cymeradwyo cofnod N fel y mae yn y pecyn (ei rif yn `cpdlog review open`)</translation>
        </message>
        <message>
            <source>the sign-off statement (a standard one if left out)</source>
            <translation>y datganiad cymeradwyo (un safonol os caiff ei hepgor)</translation>
        </message>
        <message>
            <source>take in your supervisor's review response</source>
            <translation>derbyn ymateb adolygu eich goruchwyliwr</translation>
        </message>
        <message>
            <source>accept a response signed with a key other than the one first seen for that reviewer (only after checking with them that they set up cpdlog again)</source>
            <translation>derbyn ymateb wedi’i lofnodi ag allwedd heblaw’r un a welwyd gyntaf ar gyfer yr adolygydd hwnnw (dim ond ar ôl gwirio gyda nhw eu bod wedi gosod cpdlog eto)</translation>
        </message>
        <message>
            <source>entries in a pack are numbered from 1</source>
            <translation>mae cofnodion mewn pecyn wedi’u rhifo o 1</translation>
        </message>
        <message>
            <source>Review pack from {name}, made on {date}.</source>
            <translation>Pecyn adolygu gan {name}, a wnaed ar {date}.</translation>
        </message>
        <message>
            <source>Signed by the key with fingerprint {fingerprint}; it is intact.</source>
            <translation>Wedi’i lofnodi gan yr allwedd ag ôl bys {fingerprint}; mae’n gyflawn.</translation>
        </message>
        <message>
            <source>Write a peer discussion as N=TEXT, where N is the entry's number in the pack.</source>
            <translation>Ysgrifennwch drafodaeth gyda chymheiriad fel N=TEXT, lle N yw rhif y cofnod yn y pecyn.</translation>
        </message>
        <message>
            <source>Review response written to {path}: {comments} comment(s) and {signed} sign-off(s). Your key's fingerprint: {fingerprint} (tell the practitioner, so they can check it).</source>
            <translation>Ysgrifennwyd yr ymateb adolygu i {path}: {comments} sylw a {signed} cymeradwyaeth. Ôl bys eich allwedd: {fingerprint} (dywedwch wrth yr ymarferydd, er mwyn iddynt allu ei wirio).</translation>
        </message>
        <message>
            <source>Imported {count} comment(s).</source>
            <translation>Mewnforiwyd {count} sylw.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries in the response are no longer in this journal (deleted for good); skipped.</source>
            <translation>
                <numerusform>Nid yw %n cofnod yn yr ymateb yn y dyddlyfr hwn mwyach (wedi’u dileu am byth); wedi’u hepgor.</numerusform>
                <numerusform>Nid yw %n cofnod yn yr ymateb yn y dyddlyfr hwn mwyach (wedi’u dileu am byth); wedi’u hepgor.</numerusform>
                <numerusform>Nid yw %n cofnod yn yr ymateb yn y dyddlyfr hwn mwyach (wedi’u dileu am byth); wedi’u hepgor.</numerusform>
                <numerusform>Nid yw %n cofnod yn yr ymateb yn y dyddlyfr hwn mwyach (wedi’u dileu am byth); wedi’u hepgor.</numerusform>
                <numerusform>Nid yw %n cofnod yn yr ymateb yn y dyddlyfr hwn mwyach (wedi’u dileu am byth); wedi’u hepgor.</numerusform>
            </translation>
        </message>
        <message>
            <source>a comment on a section of entry N (N may be left out when the pack has one entry); SECTION '{whole}' is about the whole entry (repeat for more)</source>
            <translation>sylw ar adran o gofnod N (gellir hepgor N pan fo un cofnod yn y pecyn); mae SECTION '{whole}' yn ymwneud â’r cofnod cyfan (ailadroddwch am fwy)</translation>
        </message>
        <message>
            <source>'{text}' is not an entry number in the pack</source>
            <translation>Nid yw '{text}' yn rhif cofnod yn y pecyn</translation>
        </message>
        <message>
            <source>This pack has {count} entries: say which one, e.g. {option} 2:learnt=…</source>
            <translation>Mae {count} cofnod yn y pecyn hwn: dywedwch pa un, e.e. {option} 2:learnt=…</translation>
        </message>
        <message>
            <source>Review pack with {entries} written to {path}. Your key's fingerprint: {fingerprint}.</source>
            <translation>Ysgrifennwyd pecyn adolygu gyda {entries} i {path}. Ôl bys eich allwedd: {fingerprint}.</translation>
        </message>
        <message>
            <source>response refused: {findings} that could identify someone. Reword them, or add --allow-identifiers to send them anyway.</source>
            <translation>gwrthodwyd yr ymateb: {findings} a allai adnabod rhywun. Aralleiriwch nhw, neu ychwanegwch --allow-identifiers i’w hanfon beth bynnag.</translation>
        </message>
        <message>
            <source>Signed off: {title}</source>
            <translation>Wedi’i gymeradwyo: {title}</translation>
        </message>
        <message>
            <source>Signed off for an earlier version (the entry has changed since): {title}</source>
            <translation>Wedi’i gymeradwyo ar gyfer fersiwn gynharach (mae’r cofnod wedi newid ers hynny): {title}</translation>
        </message>
        <message>
            <source>{activity}, {when}, {hours}</source>
            <translation>{activity}, {when}, {hours}</translation>
        </message>
        <message>
            <source>Write a comment as SECTION=TEXT or N:SECTION=TEXT (e.g. 1:learnt=Good link to the law), or {whole}=TEXT for the whole entry.</source>
            <translation>Ysgrifennwch sylw fel SECTION=TEXT neu N:SECTION=TEXT (e.e. 1:learnt=Cysylltiad da â’r gyfraith), neu {whole}=TEXT ar gyfer y cofnod cyfan.</translation>
        </message>
        <message>
            <source>warning: the response includes {findings} (--allow-identifiers).</source>
            <translation>rhybudd: mae’r ymateb yn cynnwys {findings} (--allow-identifiers).</translation>
        </message>
        <message>
            <source>WARNING: {who}'s signing key changed; the new one ({fingerprint}) is now remembered instead (--accept-new-key).</source>
            <translation>RHYBUDD: mae allwedd lofnodi {who} wedi newid; caiff yr un newydd ({fingerprint}) ei chofio yn ei lle nawr (--accept-new-key).</translation>
        </message>
        <message>
            <source>First response from {who}: their key's fingerprint is {fingerprint}. Check it with them; cpdlog remembers it and warns you if it ever changes.</source>
            <translation>Ymateb cyntaf gan {who}: ôl bys eu hallwedd yw {fingerprint}. Gwiriwch ef gyda nhw; mae cpdlog yn ei gofio ac yn eich rhybuddio os bydd byth yn newid.</translation>
        </message>
        <message>
            <source>Signed by {who}'s key, as before ({fingerprint}).</source>
            <translation>Wedi’i lofnodi ag allwedd {who}, fel o’r blaen ({fingerprint}).</translation>
        </message>
        <message>
            <source>peer reflection with {name} ({role}):</source>
            <translation>myfyrio gyda chymheiriad, {name} ({role}):</translation>
        </message>
        <message>
            <source>standards: {standards}</source>
            <translation>safonau: {standards}</translation>
        </message>
        <message>
            <source>evidence: {file} (SHA-256 {checksum}…)</source>
            <translation>tystiolaeth: {file} (SHA-256 {checksum}…)</translation>
        </message>
        <message>
            <source>The schema at {where} was already up to date ({revision}).</source>
            <translation>Roedd y sgema yn {where} yn gyfredol eisoes ({revision}).</translation>
        </message>
        <message>
            <source>Add people with `cpdlog server add-user NAME --role practitioner`.</source>
            <translation>Ychwanegwch bobl â `cpdlog server add-user NAME --role practitioner`.</translation>
        </message>
        <message>
            <source>Added {name} as a practitioner.</source>
            <translation>Ychwanegwyd {name} fel ymarferydd.</translation>
        </message>
        <message>
            <source>Added {name} as a supervisor.</source>
            <translation>Ychwanegwyd {name} fel goruchwyliwr.</translation>
        </message>
        <message>
            <source>Added {name} as a lead.</source>
            <translation>Ychwanegwyd {name} fel arweinydd.</translation>
        </message>
        <message>
            <source>Added {name} as a {role}.</source>
            <translation>Ychwanegwyd {name} fel {role}.</translation>
        </message>
        <message>
            <source>the server, as a superuser: postgresql+psycopg://ADMIN@HOST/DATABASE (env CPDLOG_DATABASE_URL)</source>
            <translation>y gweinydd, fel uwch-ddefnyddiwr: postgresql+psycopg://ADMIN@HOST/DATABASE (env CPDLOG_DATABASE_URL)</translation>
        </message>
        <message>
            <source>set up your organisation's shared cpdlog server (PostgreSQL; administrators)</source>
            <translation>gosod gweinydd cpdlog a rennir eich sefydliad (PostgreSQL; gweinyddwyr)</translation>
        </message>
        <message>
            <source>For the organisation's database administrator: create or upgrade the shared database with its roles and row-level security, and manage accounts.</source>
            <translation>Ar gyfer gweinyddwr cronfa ddata’r sefydliad: creu neu uwchraddio’r gronfa ddata a rennir gyda’i rolau a’i diogelwch lefel rhes, a rheoli cyfrifon.</translation>
        </message>
        <message>
            <source>create or upgrade the schema, roles and policies (safe to run again)</source>
            <translation>creu neu uwchraddio’r sgema, y rolau a’r polisïau (mae’n ddiogel ei redeg eto)</translation>
        </message>
        <message>
            <source>create a person's account in a role</source>
            <translation>creu cyfrif person mewn rôl</translation>
        </message>
        <message>
            <source>their PostgreSQL user name, e.g. jane.smith</source>
            <translation>eu henw defnyddiwr PostgreSQL, e.e. jane.smith</translation>
        </message>
        <message>
            <source>their password: the file's first line</source>
            <translation>eu cyfrinair: llinell gyntaf y ffeil</translation>
        </message>
        <message>
            <source>no password: your server's own authentication (Kerberos/GSSAPI, certificates)</source>
            <translation>dim cyfrinair: dilysu eich gweinydd ei hun (Kerberos/GSSAPI, tystysgrifau)</translation>
        </message>
        <message>
            <source>stop a person logging in (their entries stay on the server, seen by no one)</source>
            <translation>atal person rhag mewngofnodi (mae eu cofnodion yn aros ar y gweinydd, heb i neb eu gweld)</translation>
        </message>
        <message>
            <source>give a practitioner the entries that were in the database before it was shared</source>
            <translation>rhoi i ymarferydd y cofnodion a oedd yn y gronfa ddata cyn iddi gael ei rhannu</translation>
        </message>
        <message>
            <source>After `cpdlog server init` upgraded a database one person used on its own, its rows belong to the administrator who ran the upgrade; this gives them to that person (add them first with add-user).</source>
            <translation>Ar ôl i `cpdlog server init` uwchraddio cronfa ddata a ddefnyddiwyd gan un person ar ei ben ei hun, mae ei rhesi’n perthyn i’r gweinyddwr a redodd yr uwchraddio; mae hyn yn eu rhoi i’r person hwnnw (ychwanegwch nhw yn gyntaf ag add-user).</translation>
        </message>
        <message>
            <source>Give the server with --database-url postgresql+psycopg://ADMIN@HOST/DATABASE.</source>
            <translation>Rhowch y gweinydd â --database-url postgresql+psycopg://ADMIN@HOST/DATABASE.</translation>
        </message>
        <message>
            <source>Created cpdlog's schema at {where} ({revision}).</source>
            <translation>Crëwyd sgema cpdlog yn {where} ({revision}).</translation>
        </message>
        <message>
            <source>Upgraded {where} from {before} to {revision}.</source>
            <translation>Uwchraddiwyd {where} o {before} i {revision}.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries written before this upgrade belong to you now; give them to their practitioner with `cpdlog server hand-over NAME`.</source>
            <translation>
                <numerusform>Mae %n cofnod a ysgrifennwyd cyn yr uwchraddio hwn yn perthyn i chi nawr; rhowch nhw i’w hymarferydd â `cpdlog server hand-over NAME`.</numerusform>
                <numerusform>Mae %n cofnod a ysgrifennwyd cyn yr uwchraddio hwn yn perthyn i chi nawr; rhowch nhw i’w hymarferydd â `cpdlog server hand-over NAME`.</numerusform>
                <numerusform>Mae %n cofnod a ysgrifennwyd cyn yr uwchraddio hwn yn perthyn i chi nawr; rhowch nhw i’w hymarferydd â `cpdlog server hand-over NAME`.</numerusform>
                <numerusform>Mae %n cofnod a ysgrifennwyd cyn yr uwchraddio hwn yn perthyn i chi nawr; rhowch nhw i’w hymarferydd â `cpdlog server hand-over NAME`.</numerusform>
                <numerusform>Mae %n cofnod a ysgrifennwyd cyn yr uwchraddio hwn yn perthyn i chi nawr; rhowch nhw i’w hymarferydd â `cpdlog server hand-over NAME`.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row-level security is on and forced for every table; {policies} on {tables}.</source>
            <translation>Mae diogelwch lefel rhes ymlaen ac wedi’i orfodi ar gyfer pob tabl; {policies} ar {tables}.</translation>
        </message>
        <message numerus="yes">
            <source>%n policies</source>
            <translation>
                <numerusform>%n polisi</numerusform>
                <numerusform>%n polisi</numerusform>
                <numerusform>%n polisi</numerusform>
                <numerusform>%n polisi</numerusform>
                <numerusform>%n polisi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tables</source>
            <translation>
                <numerusform>%n tabl</numerusform>
                <numerusform>%n tabl</numerusform>
                <numerusform>%n tabl</numerusform>
                <numerusform>%n tabl</numerusform>
                <numerusform>%n tabl</numerusform>
            </translation>
        </message>
        <message>
            <source>Roles: {roles}.</source>
            <translation>Rolau: {roles}.</translation>
        </message>
        <message>
            <source>They have no password: your server's own authentication must let them in.</source>
            <translation>Nid oes ganddynt gyfrinair: rhaid i ddilysu eich gweinydd ei hun eu gadael i mewn.</translation>
        </message>
        <message>
            <source>{name} can no longer log in and is in no cpdlog role.</source>
            <translation>Ni all {name} fewngofnodi mwyach ac nid yw mewn unrhyw rôl cpdlog.</translation>
        </message>
        <message>
            <source>Their entries stay on the server, owned by them and seen by no one but you (the administrator); {count} share(s) with or by them were withdrawn. The name is kept so that it cannot be given to someone else.</source>
            <translation>Mae eu cofnodion yn aros ar y gweinydd, yn eiddo iddynt hwy a heb i neb ond chi (y gweinyddwr) eu gweld; tynnwyd yn ôl {count} rhannu gyda nhw neu ganddynt. Cedwir yr enw fel na ellir ei roi i rywun arall.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries, with their sections, evidence details, feeds and settings, now belong to {name}.</source>
            <translation>
                <numerusform>Mae %n cofnod, gyda’u hadrannau, manylion eu tystiolaeth, ffrydiau a gosodiadau, yn perthyn i {name} nawr.</numerusform>
                <numerusform>Mae %n cofnod, gyda’u hadrannau, manylion eu tystiolaeth, ffrydiau a gosodiadau, yn perthyn i {name} nawr.</numerusform>
                <numerusform>Mae %n cofnod, gyda’u hadrannau, manylion eu tystiolaeth, ffrydiau a gosodiadau, yn perthyn i {name} nawr.</numerusform>
                <numerusform>Mae %n cofnod, gyda’u hadrannau, manylion eu tystiolaeth, ffrydiau a gosodiadau, yn perthyn i {name} nawr.</numerusform>
                <numerusform>Mae %n cofnod, gyda’u hadrannau, manylion eu tystiolaeth, ffrydiau a gosodiadau, yn perthyn i {name} nawr.</numerusform>
            </translation>
        </message>
        <message>
            <source>Their password (shown only this once; give it to them privately): {password}</source>
            <translation>Eu cyfrinair (a ddangosir y tro hwn yn unig; rhowch ef iddynt yn breifat): {password}</translation>
        </message>
        <message>
            <source>Entry {id} is now shared with {supervisor}.</source>
            <translation>Mae cofnod {id} wedi’i rannu â {supervisor} nawr.</translation>
        </message>
        <message>
            <source>Entry {id} was already shared with {supervisor}.</source>
            <translation>Roedd cofnod {id} wedi’i rannu â {supervisor} eisoes.</translation>
        </message>
        <message numerus="yes">
            <source>%n supervisors</source>
            <translation>
                <numerusform>%n goruchwyliwr</numerusform>
                <numerusform>%n goruchwyliwr</numerusform>
                <numerusform>%n goruchwyliwr</numerusform>
                <numerusform>%n goruchwyliwr</numerusform>
                <numerusform>%n goruchwyliwr</numerusform>
            </translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>anhysbys</translation>
        </message>
        <message>
            <source>your team on the organisation's cpdlog server: sources, figures</source>
            <translation>eich tîm ar weinydd cpdlog y sefydliad: ffynonellau, ffigurau</translation>
        </message>
        <message>
            <source>the feeds your team's lead recommends</source>
            <translation>y ffrydiau y mae arweinydd eich tîm yn eu hargymell</translation>
        </message>
        <message>
            <source>list the team's sources</source>
            <translation>rhestru ffynonellau’r tîm</translation>
        </message>
        <message>
            <source>(leads) add a source to the team's list</source>
            <translation>(arweinwyr) ychwanegu ffynhonnell at restr y tîm</translation>
        </message>
        <message>
            <source>a folder in the list, e.g. Adults</source>
            <translation>ffolder yn y rhestr, e.e. Oedolion</translation>
        </message>
        <message>
            <source>(leads) take a source off the team's list</source>
            <translation>(arweinwyr) tynnu ffynhonnell oddi ar restr y tîm</translation>
        </message>
        <message>
            <source>follow a team source (in your Team sources folder)</source>
            <translation>dilyn ffynhonnell tîm (yn eich ffolder Ffynonellau tîm)</translation>
        </message>
        <message>
            <source>(leads) each person's figures: entries, hours, met or not, days left</source>
            <translation>(arweinwyr) ffigurau pob person: cofnodion, oriau, wedi’u bodloni neu beidio, diwrnodau ar ôl</translation>
        </message>
        <message>
            <source>let your lead see whether you meet your requirements (no entry is shown)</source>
            <translation>gadael i’ch arweinydd weld a ydych yn bodloni eich gofynion (ni ddangosir unrhyw gofnod)</translation>
        </message>
        <message>
            <source>(supervisors) the entries practitioners share with you on the server</source>
            <translation>(goruchwylwyr) y cofnodion y mae ymarferwyr yn eu rhannu â chi ar y gweinydd</translation>
        </message>
        <message>
            <source>share an entry with your supervisor on the organisation's server</source>
            <translation>rhannu cofnod â’ch goruchwyliwr ar weinydd y sefydliad</translation>
        </message>
        <message>
            <source>stop sharing an entry</source>
            <translation>peidio â rhannu cofnod</translation>
        </message>
        <message>
            <source>(default: everyone)</source>
            <translation>(rhagosodiad: pawb)</translation>
        </message>
        <message>
            <source>This needs your organisation's cpdlog server: give --database-url postgresql+psycopg://YOU@HOST/DATABASE.</source>
            <translation>Mae angen gweinydd cpdlog eich sefydliad ar gyfer hyn: rhowch --database-url postgresql+psycopg://YOU@HOST/DATABASE.</translation>
        </message>
        <message>
            <source>   ID  DATE        PRACTITIONER          HOURS  STATUS    TITLE</source>
            <translation>   ID  DYDDIAD     YMARFERYDD            ORIAU  STATWS    TEITL</translation>
        </message>
        <message>
            <source>Follow one with `cpdlog team sources follow ID`.</source>
            <translation>Dilynwch un â `cpdlog team sources follow ID`.</translation>
        </message>
        <message>
            <source>PERSON                ENTRIES   HOURS  MET        DAYS LEFT</source>
            <translation>UNIGOLYN               COFNOD   ORIAU  BODLONI    DIWRNODAU AR ÔL</translation>
        </message>
        <message>
            <source>Entry {id} is no longer shared with {who}.</source>
            <translation>Nid yw cofnod {id} wedi’i rannu â {who} mwyach.</translation>
        </message>
        <message>
            <source>Nothing is shared with you.</source>
            <translation>Nid oes dim wedi’i rannu â chi.</translation>
        </message>
        <message>
            <source>Your team has no sources yet.</source>
            <translation>Nid oes gan eich tîm unrhyw ffynonellau eto.</translation>
        </message>
        <message>
            <source>Following {feed} in {folder}.</source>
            <translation>Yn dilyn {feed} yn {folder}.</translation>
        </message>
        <message>
            <source>There are no practitioners on this server yet.</source>
            <translation>Nid oes unrhyw ymarferwyr ar y gweinydd hwn eto.</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ddim eto</translation>
        </message>
        <message>
            <source>Published whether you meet your requirements ({registrations}); your lead sees the figures, never your entries.</source>
            <translation>Cyhoeddwyd a ydych yn bodloni eich gofynion ({registrations}); mae eich arweinydd yn gweld y ffigurau, byth eich cofnodion.</translation>
        </message>
        <message numerus="yes">
            <source>%n registrations</source>
            <translation>
                <numerusform>%n cofrestriad</numerusform>
                <numerusform>%n cofrestriad</numerusform>
                <numerusform>%n cofrestriad</numerusform>
                <numerusform>%n cofrestriad</numerusform>
                <numerusform>%n cofrestriad</numerusform>
            </translation>
        </message>
        <message>
            <source>Published team source {id}: {title} ({url}).</source>
            <translation>Cyhoeddwyd ffynhonnell tîm {id}: {title} ({url}).</translation>
        </message>
        <message>
            <source>Team source {id} is off the list (anyone following it still does).</source>
            <translation>Mae ffynhonnell tîm {id} oddi ar y rhestr (mae unrhyw un sy’n ei dilyn yn dal i wneud hynny).</translation>
        </message>
        <message>
            <source>'{unknown}': that person has not published their progress yet.</source>
            <translation>'{unknown}': nid yw’r person hwnnw wedi cyhoeddi ei gynnydd eto.</translation>
        </message>
        <message>
            <source>not modified</source>
            <translation>heb ei newid</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>wedi’i ganslo</translation>
        </message>
        <message>
            <source>{outcome} (warning: {warning})</source>
            <translation>{outcome} (rhybudd: {warning})</translation>
        </message>
        <message>
            <source>{new}, {updated} updated</source>
            <translation>{new}, {updated} wedi’u diweddaru</translation>
        </message>
        <message>
            <source>{outcome}; its address is now {address}</source>
            <translation>{outcome}; ei gyfeiriad nawr yw {address}</translation>
        </message>
        <message>
            <source>skipped: {error}</source>
            <translation>wedi’i hepgor: {error}</translation>
        </message>
        <message>
            <source>failed: {error}</source>
            <translation>wedi methu: {error}</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.completion</name>
        <message>
            <source>a written reflection</source>
            <translation>myfyrdod ysgrifenedig</translation>
        </message>
        <message>
            <source>hours above 0</source>
            <translation>oriau uwchlaw 0</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items}, a hefyd {last}</translation>
        </message>
        <message>
            <source>the '{prompt}' section</source>
            <translation>yr adran ‘{prompt}’</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.confidentiality</name>
        <message>
            <source>a reviewer</source>
            <translation>adolygydd</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Teitl</translation>
        </message>
        <message>
            <source>Peer reflection</source>
            <translation>Myfyrio gyda chymheiriad</translation>
        </message>
        <message>
            <source>Notes about the source</source>
            <translation>Nodiadau am y ffynhonnell</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagiau</translation>
        </message>
        <message>
            <source>Evidence file name</source>
            <translation>Enw’r ffeil dystiolaeth</translation>
        </message>
        <message>
            <source>Your sign-off statement</source>
            <translation>Eich datganiad cymeradwyo</translation>
        </message>
        <message>
            <source>Comment from {author} on {section}</source>
            <translation>Sylw gan {author} ar {section}</translation>
        </message>
        <message>
            <source>Peer discussion recorded by {author}</source>
            <translation>Trafodaeth gyda chymheiriad a gofnodwyd gan {author}</translation>
        </message>
        <message>
            <source>Sign-off statement by {author}</source>
            <translation>Datganiad cymeradwyo gan {author}</translation>
        </message>
        <message>
            <source>Comment from {author} on the whole entry</source>
            <translation>Sylw gan {author} ar y cofnod cyfan</translation>
        </message>
        <message>
            <source>Your peer discussion record for entry {number}</source>
            <translation>Eich cofnod o’r drafodaeth gyda chymheiriad ar gyfer cofnod {number}</translation>
        </message>
        <message>
            <source>The date “{label}”</source>
            <translation>Y dyddiad “{label}”</translation>
        </message>
        <message>
            <source>Your comment on entry {number}</source>
            <translation>Eich sylw ar gofnod {number}</translation>
        </message>
        <message>
            <source>Your comment on entry {number}, {section}</source>
            <translation>Eich sylw ar gofnod {number}, {section}</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.dates</name>
        <message>
            <source>January</source>
            <translation>Ionawr</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Chwefror</translation>
        </message>
        <message>
            <source>March</source>
            <translation>Mawrth</translation>
        </message>
        <message>
            <source>April</source>
            <translation>Ebrill</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Mehefin</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Gorffennaf</translation>
        </message>
        <message>
            <source>August</source>
            <translation>Awst</translation>
        </message>
        <message>
            <source>September</source>
            <translation>Medi</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Hydref</translation>
        </message>
        <message>
            <source>November</source>
            <translation>Tachwedd</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Rhagfyr</translation>
        </message>
        <message>
            <source>Jan</source>
            <comment>abbreviated month</comment>
            <translation>Ion</translation>
        </message>
        <message>
            <source>Feb</source>
            <comment>abbreviated month</comment>
            <translation>Chwef</translation>
        </message>
        <message>
            <source>Mar</source>
            <comment>abbreviated month</comment>
            <translation>Maw</translation>
        </message>
        <message>
            <source>Apr</source>
            <comment>abbreviated month</comment>
            <translation>Ebr</translation>
        </message>
        <message>
            <source>May</source>
            <comment>abbreviated month</comment>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <comment>abbreviated month</comment>
            <translation>Meh</translation>
        </message>
        <message>
            <source>Jul</source>
            <comment>abbreviated month</comment>
            <translation>Gorff</translation>
        </message>
        <message>
            <source>Aug</source>
            <comment>abbreviated month</comment>
            <translation>Awst</translation>
        </message>
        <message>
            <source>Sep</source>
            <comment>abbreviated month</comment>
            <translation>Medi</translation>
        </message>
        <message>
            <source>Oct</source>
            <comment>abbreviated month</comment>
            <translation>Hyd</translation>
        </message>
        <message>
            <source>Nov</source>
            <comment>abbreviated month</comment>
            <translation>Tach</translation>
        </message>
        <message>
            <source>Dec</source>
            <comment>abbreviated month</comment>
            <translation>Rhag</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.errors</name>
        <message>
            <source>cpdlog could not reach the desktop (no session bus).</source>
            <translation>Ni allai cpdlog gysylltu â’r bwrdd gwaith (nid oes bws sesiwn).</translation>
        </message>
        <message>
            <source>The system did not allow cpdlog to run at login (check its permissions in your desktop's settings for background apps).</source>
            <translation>Ni wnaeth y system ganiatáu i cpdlog redeg wrth fewngofnodi (gwiriwch ei ganiatâd yng ngosodiadau apiau cefndir eich bwrdd gwaith).</translation>
        </message>
        <message>
            <source>{path} was not written by cpdlog, so it was left alone; remove it yourself if you no longer want it.</source>
            <translation>Nid cpdlog a ysgrifennodd {path}, felly cafodd ei adael; tynnwch ef eich hun os nad ydych ei eisiau mwyach.</translation>
        </message>
        <message>
            <source>cpdlog cannot talk to the desktop (jeepney is missing).</source>
            <translation>Ni all cpdlog siarad â’r bwrdd gwaith (mae jeepney ar goll).</translation>
        </message>
        <message>
            <source>The desktop did not answer the request to run cpdlog at login in time.</source>
            <translation>Ni atebodd y bwrdd gwaith y cais i redeg cpdlog wrth fewngofnodi mewn pryd.</translation>
        </message>
        <message>
            <source>cpdlog could not write the login check {path}: {reason}.</source>
            <translation>Ni allai cpdlog ysgrifennu’r gwiriad wrth fewngofnodi {path}: {reason}.</translation>
        </message>
        <message>
            <source>cpdlog could not read {path}: {reason}.</source>
            <translation>Ni allai cpdlog ddarllen {path}: {reason}.</translation>
        </message>
        <message>
            <source>cpdlog could not remove {path}: {reason}.</source>
            <translation>Ni allai cpdlog dynnu {path}: {reason}.</translation>
        </message>
        <message>
            <source>The Run value {run_value} was not written by cpdlog, so it was left alone; remove it yourself if you no longer want it.</source>
            <translation>Nid cpdlog a ysgrifennodd y gwerth Run {run_value}, felly cafodd ei adael; tynnwch ef eich hun os nad ydych ei eisiau mwyach.</translation>
        </message>
        <message>
            <source>cpdlog could not read the Run key: {reason}.</source>
            <translation>Ni allai cpdlog ddarllen yr allwedd Run: {reason}.</translation>
        </message>
        <message>
            <source>cpdlog could not set the login check in the Run key: {reason}.</source>
            <translation>Ni allai cpdlog osod y gwiriad wrth fewngofnodi yn yr allwedd Run: {reason}.</translation>
        </message>
        <message>
            <source>cpdlog could not remove the login check from the Run key: {reason}.</source>
            <translation>Ni allai cpdlog dynnu’r gwiriad wrth fewngofnodi o’r allwedd Run: {reason}.</translation>
        </message>
        <message>
            <source>cpdlog could not reach the desktop's portal: {exc}.</source>
            <translation>Ni allai cpdlog gysylltu â phorth y bwrdd gwaith: {exc}.</translation>
        </message>
        <message>
            <source>cpdlog could not save {path}: {reason}.</source>
            <translation>Ni allai cpdlog gadw {path}: {reason}.</translation>
        </message>
        <message>
            <source>The desktop refused the request to run cpdlog at login ({body}).</source>
            <translation>Gwrthododd y bwrdd gwaith y cais i redeg cpdlog wrth fewngofnodi ({body}).</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>ni roddwyd rheswm</translation>
        </message>
        <message>
            <source>The capture was cancelled.</source>
            <translation>Cafodd y cipio ei ganslo.</translation>
        </message>
        <message>
            <source>The server says there is nothing at this address (it may have been deleted).</source>
            <translation>Mae’r gweinydd yn dweud nad oes dim yn y cyfeiriad hwn (efallai iddo gael ei ddileu).</translation>
        </message>
        <message>
            <source>The server only shows this to people signed in to it, so cpdlog cannot read it.</source>
            <translation>Dim ond i bobl sydd wedi mewngofnodi iddo y mae’r gweinydd yn dangos hyn, felly ni all cpdlog ei ddarllen.</translation>
        </message>
        <message>
            <source>The server could not be read.</source>
            <translation>Nid oedd modd darllen y gweinydd.</translation>
        </message>
        <message>
            <source>{host} kept asking cpdlog to slow down, so it stopped there.</source>
            <translation>Roedd {host} yn dal i ofyn i cpdlog arafu, felly fe stopiodd yno.</translation>
        </message>
        <message>
            <source>{host} {why} until {clock_time}, longer than cpdlog waits ({max_wait:g} seconds), so it stopped there.</source>
            <translation>{host} {why} tan {clock_time}, yn hwy nag y mae cpdlog yn aros ({max_wait:g} eiliad), felly fe stopiodd yno.</translation>
        </message>
        <message>
            <source>{host} sent an answer nested too deeply to read.</source>
            <translation>Anfonodd {host} ateb sydd wedi’i nythu’n rhy ddwfn i’w ddarllen.</translation>
        </message>
        <message>
            <source>{host} sent an answer that is not valid JSON.</source>
            <translation>Anfonodd {host} ateb nad yw’n JSON dilys.</translation>
        </message>
        <message>
            <source>The capture took longer than {budget:g} minutes, so cpdlog stopped there.</source>
            <translation>Cymerodd y cipio fwy na {budget:g} munud, felly fe stopiodd cpdlog yno.</translation>
        </message>
        <message>
            <source>Bluesky's answer could not be read.</source>
            <translation>Nid oedd modd darllen ateb Bluesky.</translation>
        </message>
        <message>
            <source>Bluesky's answer did not contain the post.</source>
            <translation>Nid oedd ateb Bluesky yn cynnwys y neges.</translation>
        </message>
        <message>
            <source>This post has been deleted, so it cannot be captured.</source>
            <translation>Mae’r neges hon wedi’i dileu, felly ni ellir ei chipio.</translation>
        </message>
        <message>
            <source>Bluesky did not answer with a thread.</source>
            <translation>Ni atebodd Bluesky gydag edefyn.</translation>
        </message>
        <message>
            <source>'{actor}' is not a valid Bluesky handle.</source>
            <translation>Nid yw '{actor}' yn enw defnyddiwr Bluesky dilys.</translation>
        </message>
        <message>
            <source>Bluesky's answer for @{actor} did not include an account id.</source>
            <translation>Nid oedd ateb Bluesky ar gyfer @{actor} yn cynnwys dynodydd cyfrif.</translation>
        </message>
        <message>
            <source>'{actor}' is not a valid Bluesky account id.</source>
            <translation>Nid yw '{actor}' yn ddynodydd cyfrif Bluesky dilys.</translation>
        </message>
        <message>
            <source>This post has been deleted, or it is not public, so it cannot be captured.</source>
            <translation>Mae’r neges hon wedi’i dileu, neu nid yw’n gyhoeddus, felly ni ellir ei chipio.</translation>
        </message>
        <message>
            <source>Bluesky does not know the account @{actor}.</source>
            <translation>Nid yw Bluesky yn adnabod y cyfrif @{actor}.</translation>
        </message>
        <message>
            <source>The page has no readable main text to keep.</source>
            <translation>Nid oes gan y dudalen brif destun darllenadwy i’w gadw.</translation>
        </message>
        <message>
            <source>Give the Mastodon server, e.g. mastodon.social.</source>
            <translation>Rhowch y gweinydd Mastodon, e.e. mastodon.social.</translation>
        </message>
        <message>
            <source>'{text}' must start with https:// (or http://).</source>
            <translation>Rhaid i '{text}' ddechrau â https:// (neu http://).</translation>
        </message>
        <message>
            <source>'{text}' should be just the server, e.g. https://mastodon.social.</source>
            <translation>Dylai '{text}' fod yn enw’r gweinydd yn unig, e.e. https://mastodon.social.</translation>
        </message>
        <message>
            <source>'{value}' is not a hashtag: use letters, digits and underscores, e.g. 12thMW.</source>
            <translation>Nid yw '{value}' yn hashnod: defnyddiwch lythrennau, digidau a thanlinellau, e.e. 12thMW.</translation>
        </message>
        <message>
            <source>{host} did not answer with a Mastodon post.</source>
            <translation>Ni atebodd {host} gyda neges Mastodon.</translation>
        </message>
        <message>
            <source>'{text}' is not a server name like mastodon.social.</source>
            <translation>Nid yw '{text}' yn enw gweinydd fel mastodon.social.</translation>
        </message>
        <message>
            <source>'{text}' is not a valid address.</source>
            <translation>Nid yw '{text}' yn gyfeiriad dilys.</translation>
        </message>
        <message>
            <source>{host} did not give the post through Mastodon's API.</source>
            <translation>Ni roddodd {host} y neges drwy API Mastodon.</translation>
        </message>
        <message>
            <source>{host} does not look like a Mastodon server.</source>
            <translation>Nid yw {host} yn edrych fel gweinydd Mastodon.</translation>
        </message>
        <message>
            <source>The hashtag #{tag} could not be read on {host}: {error}</source>
            <translation>Nid oedd modd darllen yr hashnod #{tag} ar {host}: {error}</translation>
        </message>
        <message>
            <source>A capture needs the page's address (url).</source>
            <translation>Mae angen cyfeiriad y dudalen (url) ar gyfer cipio.</translation>
        </message>
        <message>
            <source>The page address contains control characters.</source>
            <translation>Mae cyfeiriad y dudalen yn cynnwys nodau rheoli.</translation>
        </message>
        <message>
            <source>Only web pages (http:// or https:// addresses) can be captured.</source>
            <translation>Dim ond tudalennau gwe (cyfeiriadau http:// neu https://) y gellir eu cipio.</translation>
        </message>
        <message>
            <source>The capture's metadata must be a set of names and values.</source>
            <translation>Rhaid i fetadata’r cipio fod yn set o enwau a gwerthoedd.</translation>
        </message>
        <message>
            <source>A capture must be a JSON object with url, title and selection.</source>
            <translation>Rhaid i gipio fod yn wrthrych JSON gyda url, title a selection.</translation>
        </message>
        <message>
            <source>The capture is nested too deeply to be a capture.</source>
            <translation>Mae’r cipio wedi’i nythu’n rhy ddwfn i fod yn gipio.</translation>
        </message>
        <message>
            <source>The page address is not a valid web address.</source>
            <translation>Nid yw cyfeiriad y dudalen yn gyfeiriad gwe dilys.</translation>
        </message>
        <message>
            <source>The capture's metadata has a name that is not valid.</source>
            <translation>Mae gan fetadata’r cipio enw nad yw’n ddilys.</translation>
        </message>
        <message>
            <source>The request has too many fields to be a capture.</source>
            <translation>Mae gan y cais ormod o feysydd i fod yn gipio.</translation>
        </message>
        <message>
            <source>The capture is not valid JSON text.</source>
            <translation>Nid yw’r cipio yn destun JSON dilys.</translation>
        </message>
        <message>
            <source>The page address is too long ({count} characters; at most {max_url_length}).</source>
            <translation>Mae cyfeiriad y dudalen yn rhy hir ({count} nod; {max_url_length} ar y mwyaf).</translation>
        </message>
        <message>
            <source>The capture's {name} must be text.</source>
            <translation>Rhaid i {name} y cipio fod yn destun.</translation>
        </message>
        <message>
            <source>The capture's {name} is too long ({count} characters; at most {limit}).</source>
            <translation>Mae {name} y cipio yn rhy hir ({count} nod; {limit} ar y mwyaf).</translation>
        </message>
        <message>
            <source>The capture has too much metadata ({count} items; at most {max_metadata_keys}).</source>
            <translation>Mae gan y cipio ormod o fetadata ({count} eitem; {max_metadata_keys} ar y mwyaf).</translation>
        </message>
        <message>
            <source>The capture has fields cpdlog does not know: {names}.</source>
            <translation>Mae gan y cipio feysydd nad yw cpdlog yn eu hadnabod: {names}.</translation>
        </message>
        <message>
            <source>The capture is larger than {max_body_bytes} KiB.</source>
            <translation>Mae’r cipio yn fwy na {max_body_bytes} KiB.</translation>
        </message>
        <message>
            <source>The capture's metadata '{key}' must be text.</source>
            <translation>Rhaid i fetadata’r cipio '{key}' fod yn destun.</translation>
        </message>
        <message>
            <source>cpdlog cannot write {path}: {reason}.</source>
            <translation>Ni all cpdlog ysgrifennu {path}: {reason}.</translation>
        </message>
        <message>
            <source>capture queue file</source>
            <translation>ffeil ciw cipio</translation>
        </message>
        <message>
            <source>The capture queue is full: open cpdlog so it can empty it.</source>
            <translation>Mae ciw’r cipio yn llawn: agorwch cpdlog er mwyn iddo ei wagio.</translation>
        </message>
        <message>
            <source>cpdlog cannot use its capture queue: {reason}.</source>
            <translation>Ni all cpdlog ddefnyddio ei giw cipio: {reason}.</translation>
        </message>
        <message>
            <source>cpdlog cannot read its capture queue: {reason}.</source>
            <translation>Ni all cpdlog ddarllen ei giw cipio: {reason}.</translation>
        </message>
        <message>
            <source>cpdlog cannot save to its capture queue: {reason}.</source>
            <translation>Ni all cpdlog gadw i’w giw cipio: {reason}.</translation>
        </message>
        <message>
            <source>{count} captures are already waiting: open cpdlog so they reach your inbox, then try again.</source>
            <translation>Mae {count} cipiad eisoes yn aros: agorwch cpdlog er mwyn iddynt gyrraedd eich mewnflwch, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>The cpdlog link is too long.</source>
            <translation>Mae’r ddolen cpdlog yn rhy hir.</translation>
        </message>
        <message>
            <source>cpdlog links look like cpdlog://capture?url=…&amp;title=…; this one is not.</source>
            <translation>Mae dolenni cpdlog yn edrych fel cpdlog://capture?url=…&amp;title=…; nid yw hon.</translation>
        </message>
        <message>
            <source>The message to cpdlog is too long.</source>
            <translation>Mae’r neges i cpdlog yn rhy hir.</translation>
        </message>
        <message>
            <source>The message to cpdlog is not valid.</source>
            <translation>Nid yw’r neges i cpdlog yn ddilys.</translation>
        </message>
        <message>
            <source>The message to cpdlog does not carry a cpdlog link.</source>
            <translation>Nid yw’r neges i cpdlog yn cynnwys dolen cpdlog.</translation>
        </message>
        <message>
            <source>cpdlog is open on this data folder but did not answer: close it and try again.</source>
            <translation>Mae cpdlog ar agor ar y ffolder data hwn ond ni atebodd: caewch ef a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>The cpdlog link is not valid.</source>
            <translation>Nid yw’r ddolen cpdlog yn ddilys.</translation>
        </message>
        <message>
            <source>The capture endpoint cannot listen on 127.0.0.1: {reason}.</source>
            <translation>Ni all y pwynt cipio wrando ar 127.0.0.1: {reason}.</translation>
        </message>
        <message>
            <source>The page is empty, so there is no snapshot to keep.</source>
            <translation>Mae’r dudalen yn wag, felly nid oes ciplun i’w gadw.</translation>
        </message>
        <message>
            <source>The page has no readable main text to keep as a snapshot.</source>
            <translation>Nid oes gan y dudalen brif destun darllenadwy i’w gadw fel ciplun.</translation>
        </message>
        <message>
            <source>The page has no readable text to keep as a snapshot.</source>
            <translation>Nid oes gan y dudalen destun darllenadwy i’w gadw fel ciplun.</translation>
        </message>
        <message>
            <source>The page's main text could not be read.</source>
            <translation>Nid oedd modd darllen prif destun y dudalen.</translation>
        </message>
        <message>
            <source>The page is larger than {max_snapshot_bytes} MB, so no snapshot was kept; the link is kept instead.</source>
            <translation>Mae’r dudalen yn fwy na {max_snapshot_bytes} MB, felly ni chadwyd ciplun; cadwyd y ddolen yn lle hynny.</translation>
        </message>
        <message>
            <source>The page is too complicated to keep as a snapshot (more than {max_elements:,} parts); the link is kept instead.</source>
            <translation>Mae’r dudalen yn rhy gymhleth i’w chadw fel ciplun (mwy na {max_elements:,} rhan); cadwyd y ddolen yn lle hynny.</translation>
        </message>
        <message>
            <source>The transcript is JSON, but has no list of segments.</source>
            <translation>JSON yw’r trawsgrifiad, ond nid oes ganddo restr o segmentau.</translation>
        </message>
        <message>
            <source>The transcript is empty.</source>
            <translation>Mae’r trawsgrifiad yn wag.</translation>
        </message>
        <message>
            <source>The transcript has no words in it.</source>
            <translation>Nid oes geiriau yn y trawsgrifiad.</translation>
        </message>
        <message>
            <source>The transcript is not valid JSON.</source>
            <translation>Nid yw’r trawsgrifiad yn JSON dilys.</translation>
        </message>
        <message>
            <source>The transcript is not a {kind} file cpdlog can read.</source>
            <translation>Nid yw’r trawsgrifiad yn ffeil {kind} y gall cpdlog ei darllen.</translation>
        </message>
        <message>
            <source>The transcript is larger than {max_transcript_bytes} MB, so it was not kept.</source>
            <translation>Mae’r trawsgrifiad yn fwy na {max_transcript_bytes} MB, felly ni chafodd ei gadw.</translation>
        </message>
        <message>
            <source>cpdlog cannot read transcripts of type {media}.</source>
            <translation>Ni all cpdlog ddarllen trawsgrifiadau o’r math {media}.</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null (dim gwerth)</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>gwir/gau</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>rhif</translation>
        </message>
        <message>
            <source>text</source>
            <translation>testun</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>rhestr</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>gwrthrych</translation>
        </message>
        <message>
            <source>a SHA-256 hash (64 lower-case hex digits)</source>
            <translation>stwnsh SHA-256 (64 digid hecsadegol mewn llythrennau bach)</translation>
        </message>
        <message>
            <source>{name} is not a number JSON allows</source>
            <translation>nid yw {name} yn rhif y mae JSON yn ei ganiatáu</translation>
        </message>
        <message>
            <source>it nests too deeply to read</source>
            <translation>mae wedi’i nythu’n rhy ddwfn i’w ddarllen</translation>
        </message>
        <message>
            <source>{where} must be an object, not {kind}</source>
            <translation>{where}: rhaid iddo fod yn wrthrych, nid {kind}</translation>
        </message>
        <message>
            <source>{where} must be a list, not {kind}</source>
            <translation>{where}: rhaid iddo fod yn rhestr, nid {kind}</translation>
        </message>
        <message>
            <source>{where} has {count} items; at most {most} are allowed</source>
            <translation>{where}: mae ganddo {count} o eitemau; caniateir {most} ar y mwyaf</translation>
        </message>
        <message>
            <source>{where} must be text, not {kind}</source>
            <translation>{where}: rhaid iddo fod yn destun, nid {kind}</translation>
        </message>
        <message>
            <source>{where} is {count} characters long; at most {most} are allowed</source>
            <translation>{where}: mae'n {count} nod o hyd; caniateir {most} ar y mwyaf</translation>
        </message>
        <message>
            <source>{where} contains a NUL character</source>
            <translation>{where}: mae'n cynnwys nod NUL</translation>
        </message>
        <message>
            <source>{where} must not be empty</source>
            <translation>{where}: rhaid iddo beidio â bod yn wag</translation>
        </message>
        <message>
            <source>{where} must be a whole number, not {kind}</source>
            <translation>{where}: rhaid iddo fod yn rhif cyfan, nid {kind}</translation>
        </message>
        <message>
            <source>{where} must be between {low} and {high}</source>
            <translation>{where}: rhaid iddo fod rhwng {low} a {high}</translation>
        </message>
        <message>
            <source>{where} must be a number, not {kind}</source>
            <translation>{where}: rhaid iddo fod yn rhif, nid {kind}</translation>
        </message>
        <message>
            <source>{where} must be a finite number</source>
            <translation>{where}: rhaid iddo fod yn rhif meidraidd</translation>
        </message>
        <message>
            <source>{where} must be one of: {choices}</source>
            <translation>{where}: rhaid iddo fod yn un o: {choices}</translation>
        </message>
        <message>
            <source>{where} '{value}' is not one of: {choices}</source>
            <translation>{where}: nid yw '{value}' yn un o: {choices}</translation>
        </message>
        <message>
            <source>{where} must be a date written YYYY-MM-DD</source>
            <translation>{where}: rhaid iddo fod yn ddyddiad wedi'i ysgrifennu BBBB-MM-DD</translation>
        </message>
        <message>
            <source>{where} must be a date and time in ISO 8601 form</source>
            <translation>{where}: rhaid iddo fod yn ddyddiad ac amser ar ffurf ISO 8601</translation>
        </message>
        <message>
            <source>it is not a cpdlog export</source>
            <translation>nid yw’n allforyn cpdlog</translation>
        </message>
        <message>
            <source>{where} must be a whole number from 1 up</source>
            <translation>{where}: rhaid iddo fod yn rhif cyfan o 1 i fyny</translation>
        </message>
        <message>
            <source>it was exported by a newer cpdlog; please update cpdlog to import it</source>
            <translation>cafodd ei allforio gan fersiwn mwy newydd o cpdlog; diweddarwch cpdlog i’w fewnforio</translation>
        </message>
        <message>
            <source>{where} must be a list of entries</source>
            <translation>{where}: rhaid iddo fod yn rhestr o gofnodion</translation>
        </message>
        <message>
            <source>{where} must be {what}</source>
            <translation>{where}: rhaid iddo fod yn {what}</translation>
        </message>
        <message>
            <source>{where} must be an entry's uid</source>
            <translation>{where}: rhaid iddo fod yn uid cofnod</translation>
        </message>
        <message>
            <source>{where} names entry '{value}', which is not in this export</source>
            <translation>{where}: mae'n enwi cofnod '{value}', nad yw yn yr allforyn hwn</translation>
        </message>
        <message>
            <source>a public key</source>
            <translation>allwedd gyhoeddus</translation>
        </message>
        <message>
            <source>a key fingerprint</source>
            <translation>ôl bys allwedd</translation>
        </message>
        <message>
            <source>{where} must be true or false</source>
            <translation>{where}: rhaid iddo fod yn wir neu'n gau</translation>
        </message>
        <message>
            <source>{where} must be up to 36 letters, digits or hyphens</source>
            <translation>{where}: rhaid iddo fod yn hyd at 36 o lythrennau, digidau neu gysylltnodau</translation>
        </message>
        <message>
            <source>{where} is before the start date</source>
            <translation>{where}: mae cyn y dyddiad dechrau</translation>
        </message>
        <message>
            <source>{where} '{value}' is not a real date (YYYY-MM-DD)</source>
            <translation>{where}: nid yw '{value}' yn ddyddiad go iawn (BBBB-MM-DD)</translation>
        </message>
        <message>
            <source>{where} '{value}' is not a date and time in ISO 8601 form</source>
            <translation>{where}: nid yw '{value}' yn ddyddiad ac amser ar ffurf ISO 8601</translation>
        </message>
        <message>
            <source>{where} is not an evidence id (64 lower-case hex digits)</source>
            <translation>{where}: nid yw'n ddynodydd tystiolaeth (64 digid hecsadegol mewn llythrennau bach)</translation>
        </message>
        <message>
            <source>{where} is listed twice</source>
            <translation>{where}: mae wedi'i restru ddwywaith</translation>
        </message>
        <message>
            <source>{where} has more than {most} entries</source>
            <translation>{where}: mae ganddo fwy na {most} o gofnodion</translation>
        </message>
        <message>
            <source>{where} names a review pack that is not in this export</source>
            <translation>{where}: mae'n enwi pecyn adolygu nad yw yn yr allforyn hwn</translation>
        </message>
        <message>
            <source>a response id</source>
            <translation>dynodydd ymateb</translation>
        </message>
        <message>
            <source>{where} is not a version of its entry that any review pack in this export sent</source>
            <translation>{where}: nid yw'n fersiwn o'i gofnod a anfonwyd gan unrhyw becyn adolygu yn yr allforyn hwn</translation>
        </message>
        <message>
            <source>{where} must be a day of the year written MM-DD</source>
            <translation>{where}: rhaid iddo fod yn ddiwrnod o'r flwyddyn wedi'i ysgrifennu MM-DD</translation>
        </message>
        <message>
            <source>{where} is missing</source>
            <translation>{where}: mae ar goll</translation>
        </message>
        <message>
            <source>{where} must be an evidence id (64 lower-case hex digits)</source>
            <translation>{where}: rhaid iddo fod yn ddynodydd tystiolaeth (64 digid hecsadegol mewn llythrennau bach)</translation>
        </message>
        <message>
            <source>it holds more than {max_items:,} values, far more than any cpdlog export</source>
            <translation>mae’n dal mwy na {max_items:,} o werthoedd, llawer mwy nag unrhyw allforyn cpdlog</translation>
        </message>
        <message>
            <source>it is not valid JSON ({exc})</source>
            <translation>nid yw’n JSON dilys ({exc})</translation>
        </message>
        <message>
            <source>{where} is not an entry's uid</source>
            <translation>{where}: nid yw'n uid cofnod</translation>
        </message>
        <message>
            <source>{where} must be a topic id (lower-case letters, digits, hyphens)</source>
            <translation>{where}: rhaid iddo fod yn ddynodydd pwnc (llythrennau bach, digidau, cysylltnodau)</translation>
        </message>
        <message>
            <source>it nests lists or objects more than {max_depth} deep, which no cpdlog export does</source>
            <translation>mae’n nythu rhestrau neu wrthrychau fwy na {max_depth} lefel o ddyfnder, rhywbeth nad yw unrhyw allforyn cpdlog yn ei wneud</translation>
        </message>
        <message>
            <source>The title</source>
            <translation>Y teitl</translation>
        </message>
        <message>
            <source>date</source>
            <translation>dyddiad</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>Y darparwr</translation>
        </message>
        <message>
            <source>The author</source>
            <translation>Yr awdur</translation>
        </message>
        <message>
            <source>The publication</source>
            <translation>Y cyhoeddiad</translation>
        </message>
        <message>
            <source>Hours must be a number.</source>
            <translation>Rhaid i’r oriau fod yn rhif.</translation>
        </message>
        <message>
            <source>Hours cannot be negative.</source>
            <translation>Ni all yr oriau fod yn negatif.</translation>
        </message>
        <message>
            <source>Every entry needs a title.</source>
            <translation>Mae angen teitl ar bob cofnod.</translation>
        </message>
        <message>
            <source>end date</source>
            <translation>dyddiad gorffen</translation>
        </message>
        <message>
            <source>The peer's name</source>
            <translation>Enw’r cymheiriad</translation>
        </message>
        <message>
            <source>The peer's role</source>
            <translation>Rôl y cymheiriad</translation>
        </message>
        <message>
            <source>'{value}' is not a valid {what}: use YYYY-MM-DD, for example 2026-03-14.</source>
            <translation>Nid yw '{value}' yn ddilys fel {what}: defnyddiwch BBBB-MM-DD, er enghraifft 2026-03-14.</translation>
        </message>
        <message>
            <source>The {what} {day} is outside the years cpdlog can use ({min_year} to {max_year}).</source>
            <translation>Mae’r {what} {day} y tu allan i’r blynyddoedd y gall cpdlog eu defnyddio ({min_year} i {max_year}).</translation>
        </message>
        <message>
            <source>{number:g} hours is more than the {max_hours:g} hours one entry can hold.</source>
            <translation>Mae {number:g} awr yn fwy na’r {max_hours:g} awr y gall un cofnod eu dal.</translation>
        </message>
        <message>
            <source>{number:g} hours is not in quarter-hour steps (for example 0.25, 0.5, 1.75).</source>
            <translation>Nid yw {number:g} awr mewn camau chwarter awr (er enghraifft 0.25, 0.5, 1.75).</translation>
        </message>
        <message>
            <source>The title is too long ({count} characters; at most {max_title_length}).</source>
            <translation>Mae’r teitl yn rhy hir ({count} nod; {max_title_length} ar y mwyaf).</translation>
        </message>
        <message>
            <source>{start_date} is too long ago for a CPD record.</source>
            <translation>Mae {start_date} yn rhy bell yn ôl ar gyfer cofnod DPP.</translation>
        </message>
        <message>
            <source>The end date ({end_date}) is before the start date ({start_date}).</source>
            <translation>Mae’r dyddiad gorffen ({end_date}) cyn y dyddiad dechrau ({start_date}).</translation>
        </message>
        <message>
            <source>The provider's approval number is too long (at most {max_approval_length} characters).</source>
            <translation>Mae rhif cymeradwyo’r darparwr yn rhy hir ({max_approval_length} nod ar y mwyaf).</translation>
        </message>
        <message>
            <source>Unknown delivery '{value}'. Choose one of: {known}.</source>
            <translation>Dull cyflwyno anhysbys '{value}'. Dewiswch un o: {known}.</translation>
        </message>
        <message>
            <source>Unknown activity type '{value}'. Choose one of: {known}.</source>
            <translation>Math o weithgaredd anhysbys '{value}'. Dewiswch un o: {known}.</translation>
        </message>
        <message>
            <source>peer date</source>
            <translation>dyddiad y drafodaeth gyda chymheiriad</translation>
        </message>
        <message>
            <source>A tag is too long ({count} characters; at most {max_tag_length}).</source>
            <translation>Mae tag yn rhy hir ({count} nod; {max_tag_length} ar y mwyaf).</translation>
        </message>
        <message>
            <source>'{topic}' is not a topic id (lower-case letters, digits and hyphens).</source>
            <translation>Nid yw '{topic}' yn ddynodydd pwnc (llythrennau bach, digidau a chysylltnodau).</translation>
        </message>
        <message>
            <source>The evidence file {filename!r} has an invalid id; an evidence id is 64 lower-case hexadecimal digits (its SHA-256).</source>
            <translation>Mae gan y ffeil dystiolaeth {filename!r} ddynodydd annilys; mae dynodydd tystiolaeth yn 64 digid hecsadegol mewn llythrennau bach (ei SHA-256).</translation>
        </message>
        <message>
            <source>Hours cannot be negative ('{value}'; {hours_help}).</source>
            <translation>Ni all yr oriau fod yn negatif ('{value}'; {hours_help}).</translation>
        </message>
        <message>
            <source>'{value}' is not a number of hours ({hours_help}).</source>
            <translation>Nid yw '{value}' yn nifer o oriau ({hours_help}).</translation>
        </message>
        <message>
            <source>{date} is too long ago for a peer discussion.</source>
            <translation>Mae {date} yn rhy bell yn ôl ar gyfer trafodaeth gyda chymheiriad.</translation>
        </message>
        <message>
            <source>The evidence file {filename!r} has an unknown kind; it is 'evidence' or 'certificate'.</source>
            <translation>Mae gan y ffeil dystiolaeth {filename!r} fath anhysbys; naill ai 'evidence' neu 'certificate' yw hi.</translation>
        </message>
        <message>
            <source>'{where}': {key} must be the regulator's Welsh wording, not empty.</source>
            <translation>'{where}': rhaid i {key} fod yn eiriad Cymraeg y rheoleiddiwr, nid yn wag.</translation>
        </message>
        <message>
            <source>'{where}': {key} needs {source_key}, the address of the regulator's page it was copied from.</source>
            <translation>'{where}': mae angen {source_key} ar {key}, sef cyfeiriad tudalen y rheoleiddiwr y cafodd ei gopïo ohoni.</translation>
        </message>
        <message>
            <source>Framework '{fid}': published_in must list the languages the regulator publishes it in, from: {languages}.</source>
            <translation>Fframwaith '{fid}': rhaid i published_in restru'r ieithoedd y mae'r rheoleiddiwr yn ei gyhoeddi ynddynt, o blith: {languages}.</translation>
        </message>
        <message>
            <source>Framework '{fid}': standard '{local}' has Welsh wording, but the framework's published_in does not name Welsh (cy).</source>
            <translation>Fframwaith '{fid}': mae geiriad Cymraeg gan safon '{local}', ond nid yw published_in y fframwaith yn enwi'r Gymraeg (cy).</translation>
        </message>
        <message>
            <source>Framework '{fid}' lists standard '{local}' twice.</source>
            <translation>Mae fframwaith '{fid}' yn rhestru safon '{local}' ddwywaith.</translation>
        </message>
        <message>
            <source>Framework '{fid}': standard '{local}' names parent '{parent}', which is not listed before it.</source>
            <translation>Fframwaith '{fid}': mae safon '{local}' yn enwi rhiant '{parent}', nad yw wedi’i restru o’i blaen.</translation>
        </message>
        <message>
            <source>Unknown standard '{sid}'. Standards look like swe:4.6, pcf:6 or hcpc:3; `cpdlog standards` lists them.</source>
            <translation>Safon anhysbys '{sid}'. Mae safonau’n edrych fel swe:4.6, pcf:6 neu hcpc:3; mae `cpdlog standards` yn eu rhestru.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Eich enw</translation>
        </message>
        <message>
            <source>The registration number</source>
            <translation>Y rhif cofrestru</translation>
        </message>
        <message>
            <source>The name of your requirements</source>
            <translation>Enw eich gofynion</translation>
        </message>
        <message>
            <source>registration date</source>
            <translation>dyddiad cofrestru</translation>
        </message>
        <message>
            <source>A period of {period_years} years is not possible: use 1 to {max_period_years}.</source>
            <translation>Nid yw cyfnod o {period_years} blynedd yn bosibl: defnyddiwch 1 i {max_period_years}.</translation>
        </message>
        <message>
            <source>A minimum of {value} {label} is not possible: use 0 to {max_minimum:,}.</source>
            <translation>Nid yw isafswm o {value} {label} yn bosibl: defnyddiwch 0 i {max_minimum:,}.</translation>
        </message>
        <message>
            <source>Say what the date is for, e.g. 'CPD audit'.</source>
            <translation>Dywedwch beth yw diben y dyddiad, e.e. 'Archwiliad DPP'.</translation>
        </message>
        <message>
            <source>At most {max_reminder_days} reminder days can be set.</source>
            <translation>Gellir gosod {max_reminder_days} diwrnod atgoffa ar y mwyaf.</translation>
        </message>
        <message>
            <source>Reminder days must be between 0 and {max_days_before} days before the deadline ({value} is not).</source>
            <translation>Rhaid i’r diwrnodau atgoffa fod rhwng 0 a {max_days_before} diwrnod cyn y dyddiad cau (nid yw {value}).</translation>
        </message>
        <message>
            <source>Keep the description of a date under {max_label} characters.</source>
            <translation>Cadwch ddisgrifiad dyddiad o dan {max_label} nod.</translation>
        </message>
        <message>
            <source>At most {max_key_dates} dates can be kept.</source>
            <translation>Gellir cadw {max_key_dates} dyddiad ar y mwyaf.</translation>
        </message>
        <message>
            <source>'{part}' is not a number of days; give whole numbers such as 90,30,14,3.</source>
            <translation>Nid yw '{part}' yn nifer o ddiwrnodau; rhowch rifau cyfan fel 90,30,14,3.</translation>
        </message>
        <message>
            <source>This regulator counts from your registration date. Set it with `cpdlog profile set --registered-on YYYY-MM-DD`.</source>
            <translation>Mae’r rheoleiddiwr hwn yn cyfrif o ddyddiad eich cofrestru. Gosodwch ef gyda `cpdlog profile set --registered-on YYYY-MM-DD`.</translation>
        </message>
        <message>
            <source>This regulator's renewal follows your birth month. Set it with `cpdlog profile add-registration --regulator ID --birth-month N`.</source>
            <translation>Mae adnewyddu gyda’r rheoleiddiwr hwn yn dilyn eich mis geni. Gosodwch ef gyda `cpdlog profile add-registration --regulator ID --birth-month N`.</translation>
        </message>
        <message>
            <source>No registration period ends in {year} for this regulator.</source>
            <translation>Nid oes cyfnod cofrestru yn dod i ben yn {year} ar gyfer y rheoleiddiwr hwn.</translation>
        </message>
        <message>
            <source>The requirement profile '{ident}' is not valid ({exc}).</source>
            <translation>Nid yw’r proffil gofynion '{ident}' yn ddilys ({exc}).</translation>
        </message>
        <message>
            <source>This {what} is damaged: {where} {problem}.</source>
            <translation>Mae’r {what} hwn wedi’i ddifrodi: {where} {problem}.</translation>
        </message>
        <message>
            <source>This {what} is too large (at most {cap} MiB).</source>
            <translation>Mae’r {what} hwn yn rhy fawr ({cap} MiB ar y mwyaf).</translation>
        </message>
        <message>
            <source>This is not a {what} (its format is not '{fmt}').</source>
            <translation>Nid {what} yw hwn (nid '{fmt}' yw ei fformat).</translation>
        </message>
        <message>
            <source>This {what} was made by a newer or unknown version of cpdlog (version {top}); this cpdlog reads version {version}.</source>
            <translation>Gwnaed y {what} hwn gan fersiwn mwy newydd neu anhysbys o cpdlog (fersiwn {top}); mae’r cpdlog hwn yn darllen fersiwn {version}.</translation>
        </message>
        <message>
            <source>This is not a {what}: it is not UTF-8 text.</source>
            <translation>Nid {what} yw hwn: nid yw’n destun UTF-8.</translation>
        </message>
        <message>
            <source>This is not a {what}: {message}.</source>
            <translation>Nid {what} yw hwn: {message}.</translation>
        </message>
        <message>
            <source>This is not a {what}: it is not valid JSON ({exc}).</source>
            <translation>Nid {what} yw hwn: nid yw’n JSON dilys ({exc}).</translation>
        </message>
        <message>
            <source>The entry “{title}” in the file is not valid ({exc}).</source>
            <translation>Nid yw’r cofnod “{title}” yn y ffeil yn ddilys ({exc}).</translation>
        </message>
        <message>
            <source>The template '{id}' has no sections.</source>
            <translation>Nid oes adrannau yn y templed '{id}'.</translation>
        </message>
        <message>
            <source>The template '{id}' repeats a section key.</source>
            <translation>Mae’r templed '{id}' yn ailadrodd allwedd adran.</translation>
        </message>
        <message>
            <source>The template '{id}' uses the section key '{carried_over_key}', which cpdlog keeps for text carried over from another template.</source>
            <translation>Mae’r templed '{id}' yn defnyddio’r allwedd adran '{carried_over_key}', y mae cpdlog yn ei chadw ar gyfer testun a ddygwyd drosodd o dempled arall.</translation>
        </message>
        <message>
            <source>The template '{id}' has no section '{key}'. Its sections are: {keys}.</source>
            <translation>Nid oes gan y templed '{id}' adran '{key}'. Ei adrannau yw: {keys}.</translation>
        </message>
        <message>
            <source>A reflection template is missing {exc}.</source>
            <translation>Mae {exc} ar goll o dempled myfyrio.</translation>
        </message>
        <message>
            <source>'{url}' is not a link: it has spaces or invisible characters in it.</source>
            <translation>Nid yw '{url}' yn ddolen: mae ganddi fylchau neu nodau anweledig ynddi.</translation>
        </message>
        <message>
            <source>'{url}' is not a link cpdlog can keep: links must start with https://, http:// or mailto:.</source>
            <translation>Nid yw '{url}' yn ddolen y gall cpdlog ei chadw: rhaid i ddolenni ddechrau â https://, http:// neu mailto:.</translation>
        </message>
        <message>
            <source>'{url}' is not a valid web address (it has no site name).</source>
            <translation>Nid yw '{url}' yn gyfeiriad gwe dilys (nid oes ganddo enw safle).</translation>
        </message>
        <message>
            <source>'{url}' is not a valid email link (it has no address).</source>
            <translation>Nid yw '{url}' yn ddolen e-bost ddilys (nid oes ganddi gyfeiriad).</translation>
        </message>
        <message>
            <source>'{url}' is not a valid link.</source>
            <translation>Nid yw '{url}' yn ddolen ddilys.</translation>
        </message>
        <message>
            <source>{what} is empty: it has only spaces or invisible characters.</source>
            <translation>{what}: mae’n wag, dim ond bylchau neu nodau anweledig sydd ynddo.</translation>
        </message>
        <message>
            <source>{what} is empty.</source>
            <translation>{what}: mae’n wag.</translation>
        </message>
        <message>
            <source>The topics file has an invalid topic id {tid!r}.</source>
            <translation>Mae gan y ffeil pynciau ddynodydd pwnc annilys {tid!r}.</translation>
        </message>
        <message>
            <source>The topics file lists '{tid}' twice.</source>
            <translation>Mae’r ffeil pynciau yn rhestru '{tid}' ddwywaith.</translation>
        </message>
        <message>
            <source>Unknown topic '{tid}'. Choose one of: {ids}.</source>
            <translation>Pwnc anhysbys '{tid}'. Dewiswch un o: {ids}.</translation>
        </message>
        <message>
            <source>it was stopped</source>
            <translation>cafodd ei atal</translation>
        </message>
        <message>
            <source>Your journal is open read-only (the folder {home} cannot be written); changes cannot be saved.</source>
            <translation>Mae eich dyddlyfr ar agor i’w ddarllen yn unig (ni ellir ysgrifennu i’r ffolder {home}); ni ellir cadw newidiadau.</translation>
        </message>
        <message>
            <source>Your journal is now encrypted, but sealing its evidence and backups stopped part-way: {problem} It is finished the next time your journal opens.</source>
            <translation>Mae eich dyddlyfr bellach wedi’i amgryptio, ond stopiodd selio ei dystiolaeth a’i gopïau wrth gefn hanner ffordd: {problem} Caiff ei orffen y tro nesaf y bydd eich dyddlyfr yn agor.</translation>
        </message>
        <message>
            <source>cpdlog could not write {path}: {reason}.</source>
            <translation>Ni allai cpdlog ysgrifennu {path}: {reason}.</translation>
        </message>
        <message>
            <source>The PDF font {name} could not be loaded ({exc}); please reinstall cpdlog.</source>
            <translation>Nid oedd modd llwytho’r ffont PDF {name} ({exc}); ailosodwch cpdlog.</translation>
        </message>
        <message>
            <source>The PDF could not be laid out: {exc}</source>
            <translation>Nid oedd modd gosod y PDF: {exc}</translation>
        </message>
        <message>
            <source>The portfolio could not be saved to {output}: {reason}.</source>
            <translation>Nid oedd modd cadw’r portffolio i {output}: {reason}.</translation>
        </message>
        <message>
            <source>'{tag}' is not a hashtag: use letters, numbers and underscores, for example socialwork.</source>
            <translation>Nid yw '{tag}' yn hashnod: defnyddiwch lythrennau, rhifau a thanlinellau, er enghraifft gwaithcymdeithasol.</translation>
        </message>
        <message>
            <source>'{instance}' is not a Mastodon server name (for example mastodon.social).</source>
            <translation>Nid yw '{instance}' yn enw gweinydd Mastodon (er enghraifft mastodon.social).</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>dogfen PDF</translation>
        </message>
        <message>
            <source>a Word document</source>
            <translation>dogfen Word</translation>
        </message>
        <message>
            <source>a PowerPoint presentation</source>
            <translation>cyflwyniad PowerPoint</translation>
        </message>
        <message>
            <source>a spreadsheet</source>
            <translation>taenlen</translation>
        </message>
        <message>
            <source>a zip file</source>
            <translation>ffeil zip</translation>
        </message>
        <message>
            <source>a data file</source>
            <translation>ffeil ddata</translation>
        </message>
        <message>
            <source>an image</source>
            <translation>delwedd</translation>
        </message>
        <message>
            <source>a sound recording</source>
            <translation>recordiad sain</translation>
        </message>
        <message>
            <source>a video</source>
            <translation>fideo</translation>
        </message>
        <message>
            <source>a font file</source>
            <translation>ffeil ffont</translation>
        </message>
        <message>
            <source>1 second</source>
            <translation>1 eiliad</translation>
        </message>
        <message>
            <source>this computer's own (loopback)</source>
            <translation>cyfeiriad y cyfrifiadur hwn ei hun (loopback)</translation>
        </message>
        <message>
            <source>a private network</source>
            <translation>rhwydwaith preifat</translation>
        </message>
        <message>
            <source>a link-local address</source>
            <translation>cyfeiriad link-local</translation>
        </message>
        <message>
            <source>an unspecified address</source>
            <translation>cyfeiriad amhenodol</translation>
        </message>
        <message>
            <source>a multicast address</source>
            <translation>cyfeiriad multicast</translation>
        </message>
        <message>
            <source>a reserved address</source>
            <translation>cyfeiriad a gadwyd yn ôl</translation>
        </message>
        <message>
            <source>The server closed the connection before sending everything.</source>
            <translation>Caeodd y gweinydd y cysylltiad cyn anfon popeth.</translation>
        </message>
        <message>
            <source>The site answered with an unexpected status ({label}).</source>
            <translation>Atebodd y wefan gyda statws annisgwyl ({label}).</translation>
        </message>
        <message>
            <source>{seconds} seconds</source>
            <translation>{seconds} eiliad</translation>
        </message>
        <message>
            <source>The site redirected to {target} ({address}), which is {where}; cpdlog does not follow redirects into private networks.</source>
            <translation>Ailgyfeiriodd y wefan i {target} ({address}), sef {where}; nid yw cpdlog yn dilyn ailgyfeiriadau i mewn i rwydweithiau preifat.</translation>
        </message>
        <message>
            <source>Could not connect to {host}. Check the address or your internet connection.</source>
            <translation>Methu cysylltu â {host}. Gwiriwch y cyfeiriad neu eich cysylltiad â'r rhyngrwyd.</translation>
        </message>
        <message>
            <source>a file of type {media}</source>
            <translation>ffeil o'r math {media}</translation>
        </message>
        <message>
            <source>The feed was not found at this address ({label}).</source>
            <translation>Ni chafwyd hyd i'r ffrwd yn y cyfeiriad hwn ({label}).</translation>
        </message>
        <message>
            <source>The site says this feed has been removed for good ({label}).</source>
            <translation>Mae'r wefan yn dweud bod y ffrwd hon wedi'i dileu am byth ({label}).</translation>
        </message>
        <message>
            <source>The site wants a login before it shows this feed ({label}).</source>
            <translation>Mae'r wefan eisiau i chi fewngofnodi cyn iddi ddangos y ffrwd hon ({label}).</translation>
        </message>
        <message>
            <source>The site refused to give us this feed ({label}).</source>
            <translation>Gwrthododd y wefan roi'r ffrwd hon i ni ({label}).</translation>
        </message>
        <message>
            <source>The site asked us to slow down ({label}).</source>
            <translation>Gofynnodd y wefan i ni arafu ({label}).</translation>
        </message>
        <message>
            <source>The site had a problem of its own ({label}); cpdlog will try again later.</source>
            <translation>Cafodd y wefan broblem ei hun ({label}); bydd cpdlog yn rhoi cynnig arall arni yn nes ymlaen.</translation>
        </message>
        <message>
            <source>The page points to {target} ({address}), which is {where}; cpdlog does not follow links from a site into private networks.</source>
            <translation>Mae'r dudalen yn pwyntio at {target} ({address}), sef {where}; nid yw cpdlog yn dilyn dolenni o wefan i mewn i rwydweithiau preifat.</translation>
        </message>
        <message>
            <source>The refresh was cancelled.</source>
            <translation>Cafodd yr adnewyddiad ei ganslo.</translation>
        </message>
        <message>
            <source>The feed's address redirects in a loop, so it cannot be read.</source>
            <translation>Mae cyfeiriad y ffrwd yn ailgyfeirio mewn cylch, felly does dim modd ei darllen.</translation>
        </message>
        <message>
            <source>This address gives {kind}, not a feed.</source>
            <translation>Mae'r cyfeiriad hwn yn rhoi {kind}, nid ffrwd.</translation>
        </message>
        <message>
            <source>This address gives {kind}, not a web page.</source>
            <translation>Mae'r cyfeiriad hwn yn rhoi {kind}, nid tudalen we.</translation>
        </message>
        <message>
            <source>The site sent compressed data that is damaged.</source>
            <translation>Anfonodd y wefan ddata cywasgedig sydd wedi'i ddifrodi.</translation>
        </message>
        <message>
            <source>The address {host} could not be found. Check it, or your internet connection.</source>
            <translation>Ni chafwyd hyd i'r cyfeiriad {host}. Gwiriwch ef, neu eich cysylltiad â'r rhyngrwyd.</translation>
        </message>
        <message>
            <source>The secure connection to {host} failed (a certificate problem).</source>
            <translation>Methodd y cysylltiad diogel â {host} (problem gyda thystysgrif).</translation>
        </message>
        <message>
            <source>{host} refused the connection.</source>
            <translation>Gwrthododd {host} y cysylltiad.</translation>
        </message>
        <message>
            <source>{problem}; cpdlog will not ask {host} again until {time}.</source>
            <translation>{problem}; ni fydd cpdlog yn gofyn i {host} eto tan {time}.</translation>
        </message>
        <message>
            <source>The site's compressed feed stops part-way (it was cut short), so cpdlog did not use it and kept the items it already had.</source>
            <translation>Mae ffrwd gywasgedig y wefan yn stopio hanner ffordd (cafodd ei thorri'n fyr), felly ni ddefnyddiodd cpdlog hi a chadwodd yr eitemau oedd ganddo eisoes.</translation>
        </message>
        <message>
            <source>The site's compressed page stops part-way (it was cut short), so cpdlog did not use it.</source>
            <translation>Mae tudalen gywasgedig y wefan yn stopio hanner ffordd (cafodd ei thorri'n fyr), felly ni ddefnyddiodd cpdlog hi.</translation>
        </message>
        <message>
            <source>The feed is larger than {size} MiB, so cpdlog stopped reading it.</source>
            <translation>Mae'r ffrwd yn fwy na {size} MiB, felly stopiodd cpdlog ei darllen.</translation>
        </message>
        <message>
            <source>The page is larger than {size} MiB, so cpdlog stopped reading it.</source>
            <translation>Mae'r dudalen yn fwy na {size} MiB, felly stopiodd cpdlog ei darllen.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong while fetching: {kind}.</source>
            <translation>Aeth rhywbeth annisgwyl o'i le wrth nôl: {kind}.</translation>
        </message>
        <message>
            <source>'{address}' is not a web address cpdlog can fetch (it must start with http:// or https://).</source>
            <translation>Nid yw '{address}' yn gyfeiriad gwe y gall cpdlog ei nôl (rhaid iddo ddechrau gyda http:// neu https://).</translation>
        </message>
        <message>
            <source>{host} asked us to wait; cpdlog will not ask it again until {time}.</source>
            <translation>Gofynnodd {host} i ni aros; ni fydd cpdlog yn gofyn eto tan {time}.</translation>
        </message>
        <message>
            <source>The feed's address was redirected more than {most} times.</source>
            <translation>Cafodd cyfeiriad y ffrwd ei ailgyfeirio fwy na {most} o weithiau.</translation>
        </message>
        <message>
            <source>The site sent a redirect ({code}) without saying where to.</source>
            <translation>Anfonodd y wefan ailgyfeiriad ({code}) heb ddweud i ble.</translation>
        </message>
        <message>
            <source>The site used a compression cpdlog cannot read ({error}).</source>
            <translation>Defnyddiodd y wefan gywasgiad na all cpdlog ei ddarllen ({error}).</translation>
        </message>
        <message>
            <source>The server did not finish sending within {time}, so cpdlog gave up.</source>
            <translation>Ni orffennodd y gweinydd anfon o fewn {time}, felly rhoddodd cpdlog y gorau iddi.</translation>
        </message>
        <message>
            <source>The server stopped sending part-way through and did not answer within {time}.</source>
            <translation>Stopiodd y gweinydd anfon hanner ffordd drwodd ac ni atebodd o fewn {time}.</translation>
        </message>
        <message>
            <source>'{address}' is not a valid web address.</source>
            <translation>Nid yw '{address}' yn gyfeiriad gwe dilys.</translation>
        </message>
        <message>
            <source>The site redirected to an address that is not valid.</source>
            <translation>Ailgyfeiriodd y wefan i gyfeiriad nad yw'n ddilys.</translation>
        </message>
        <message>
            <source>The site redirected to an invalid address ({location}).</source>
            <translation>Ailgyfeiriodd y wefan i gyfeiriad annilys ({location}).</translation>
        </message>
        <message>
            <source>{problem}; cpdlog kept the items it already had.</source>
            <translation>{problem}; cadwodd cpdlog yr eitemau oedd ganddo eisoes.</translation>
        </message>
        <message>
            <source>Could not connect to {host} within {time}.</source>
            <translation>Methu cysylltu â {host} o fewn {time}.</translation>
        </message>
        <message>
            <source>The server did not answer within {time}.</source>
            <translation>Ni atebodd y gweinydd o fewn {time}.</translation>
        </message>
        <message>
            <source>This is a web page, not an OPML subscription list.</source>
            <translation>Tudalen we yw hon, nid rhestr tanysgrifiadau OPML.</translation>
        </message>
        <message>
            <source>This is not an OPML subscription list.</source>
            <translation>Nid rhestr tanysgrifiadau OPML yw hon.</translation>
        </message>
        <message>
            <source>OPML file</source>
            <translation>ffeil OPML</translation>
        </message>
        <message>
            <source>The OPML file is larger than {max_opml_bytes} MiB.</source>
            <translation>Mae’r ffeil OPML yn fwy na {max_opml_bytes} MiB.</translation>
        </message>
        <message>
            <source>The OPML file is not well-formed XML (line {lineno}): {reason}.</source>
            <translation>Nid yw’r ffeil OPML yn XML wedi’i ffurfio’n dda (llinell {lineno}): {reason}.</translation>
        </message>
        <message>
            <source>The page could not be read.</source>
            <translation>Nid oedd modd darllen y dudalen.</translation>
        </message>
        <message>
            <source>The JSON Feed has no list of items.</source>
            <translation>Does gan y JSON Feed ddim rhestr o eitemau.</translation>
        </message>
        <message>
            <source>This address gives a web page, not a feed.</source>
            <translation>Mae'r cyfeiriad hwn yn rhoi tudalen we, nid ffrwd.</translation>
        </message>
        <message>
            <source>This is not an RSS, Atom or JSON feed.</source>
            <translation>Nid yw hon yn ffrwd RSS, Atom na JSON.</translation>
        </message>
        <message>
            <source>The feed has errors, so some of it may be missing: {detail}</source>
            <translation>Mae gwallau yn y ffrwd, felly gall rhan ohoni fod ar goll: {detail}</translation>
        </message>
        <message>
            <source>This is JSON but not a JSON Feed cpdlog can read.</source>
            <translation>JSON yw hwn, ond nid JSON Feed y gall cpdlog ei ddarllen.</translation>
        </message>
        <message>
            <source>The feed has errors, so some of it may be missing: {count} bad items.</source>
            <translation>Mae gwallau yn y ffrwd, felly gall rhan ohoni fod ar goll: {count} o eitemau gwallus.</translation>
        </message>
        <message>
            <source> (line {line})</source>
            <translation> (llinell {line})</translation>
        </message>
        <message>
            <source>This is not valid JSON, so not a feed.</source>
            <translation>Nid yw hwn yn JSON dilys, felly nid yw'n ffrwd.</translation>
        </message>
        <message>
            <source>This is not a feed cpdlog can read: {detail}</source>
            <translation>Nid yw hon yn ffrwd y gall cpdlog ei darllen: {detail}</translation>
        </message>
        <message>
            <source>cpdlog could not read this feed ({kind}).</source>
            <translation>Nid oedd cpdlog yn gallu darllen y ffrwd hon ({kind}).</translation>
        </message>
        <message>
            <source>The page names a feed, but it could not be read: {problem}</source>
            <translation>Mae'r dudalen yn enwi ffrwd, ond nid oedd modd ei darllen: {problem}</translation>
        </message>
        <message>
            <source>This address gives a web page, not a feed. The page names a feed at {address}; subscribe to that address instead.</source>
            <translation>Mae'r cyfeiriad hwn yn rhoi tudalen we, nid ffrwd. Mae'r dudalen yn enwi ffrwd yn {address}; tanysgrifiwch i’r cyfeiriad hwnnw yn lle hynny.</translation>
        </message>
        <message>
            <source>The address could not be read.</source>
            <translation>Nid oedd modd darllen y cyfeiriad.</translation>
        </message>
        <message>
            <source>Give a web address, for example https://www.communitycare.co.uk/feed/.</source>
            <translation>Rhowch gyfeiriad gwe, er enghraifft https://www.communitycare.co.uk/feed/.</translation>
        </message>
        <message>
            <source>'{url}' is not a web address cpdlog can use: give one that starts with http:// or https://.</source>
            <translation>Nid yw '{url}' yn gyfeiriad gwe y gall cpdlog ei ddefnyddio: rhowch un sy’n dechrau â http:// neu https://.</translation>
        </message>
        <message>
            <source>cpdlog cannot create its data folder {home}: {reason}.</source>
            <translation>Ni all cpdlog greu ei ffolder data {home}: {reason}.</translation>
        </message>
        <message>
            <source>TOML file</source>
            <translation>ffeil TOML</translation>
        </message>
        <message>
            <source>{name} could not be read: {detail}</source>
            <translation>Nid oedd modd darllen {name}: {detail}</translation>
        </message>
        <message>
            <source>Unknown regulator '{profile_id}'. Choose one of: {profiles}.</source>
            <translation>Rheoleiddiwr anhysbys '{profile_id}'. Dewiswch un o: {profiles}.</translation>
        </message>
        <message>
            <source>The {name} could not be read: byte {start} is not UTF-8 text.</source>
            <translation>Nid oedd modd darllen {name}: nid yw beit {start} yn destun UTF-8.</translation>
        </message>
        <message>
            <source>The {name} could not be read: {exc}</source>
            <translation>Nid oedd modd darllen {name}: {exc}</translation>
        </message>
        <message>
            <source>The {name} could not be read: it is nested too deeply.</source>
            <translation>Nid oedd modd darllen {name}: mae wedi’i nythu’n rhy ddwfn.</translation>
        </message>
        <message>
            <source>cpdlog's data files are missing; please reinstall cpdlog.</source>
            <translation>Mae ffeiliau data cpdlog ar goll; ailosodwch cpdlog.</translation>
        </message>
        <message>
            <source>not an ordinary file</source>
            <translation>rhywbeth heblaw ffeil gyffredin</translation>
        </message>
        <message>
            <source>a file</source>
            <translation>ffeil</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>ffolder</translation>
        </message>
        <message>
            <source>a named pipe (FIFO)</source>
            <translation>bibell a enwir (FIFO)</translation>
        </message>
        <message>
            <source>a device</source>
            <translation>ddyfais</translation>
        </message>
        <message>
            <source>a socket</source>
            <translation>soced</translation>
        </message>
        <message>
            <source>a symbolic link</source>
            <translation>ddolen symbolaidd</translation>
        </message>
        <message>
            <source>an {what}</source>
            <translation>{what}</translation>
        </message>
        <message>
            <source>a {what}</source>
            <translation>{what}</translation>
        </message>
        <message>
            <source>{path} could not be read: {reason}.</source>
            <translation>Nid oedd modd darllen {path}: {reason}.</translation>
        </message>
        <message>
            <source>The {what} {name} is larger than {size_text}, the most cpdlog reads.</source>
            <translation>Mae’r {what} {name} yn fwy na {size_text}, y mwyaf y mae cpdlog yn ei ddarllen.</translation>
        </message>
        <message>
            <source>There is no file at {path} (it does not exist).</source>
            <translation>Nid oes ffeil yn {path} (nid yw’n bodoli).</translation>
        </message>
        <message>
            <source>{path} is a folder, not {article}.</source>
            <translation>Ffolder yw {path}, nid {article}.</translation>
        </message>
        <message>
            <source>cpdlog is not allowed to read {path}.</source>
            <translation>Nid yw cpdlog yn cael darllen {path}.</translation>
        </message>
        <message>
            <source>{path} is a symbolic link, which cpdlog does not follow here.</source>
            <translation>Mae {path} yn ddolen symbolaidd, ac nid yw cpdlog yn dilyn dolenni o’r fath yma.</translation>
        </message>
        <message>
            <source>The {what} {path} is {kind_of}, not an ordinary file, so cpdlog cannot open it. Move it away and try again.</source>
            <translation>Mae’r {what} {path} yn {kind_of}, nid yn ffeil gyffredin, felly ni all cpdlog ei hagor. Symudwch hi oddi yno a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>{folder} is {kind_of}, not a folder. Choose a folder that exists.</source>
            <translation>Mae {folder} yn {kind_of}, nid yn ffolder. Dewiswch ffolder sy’n bodoli.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose a folder that does.</source>
            <translation>Nid yw’r ffolder {folder} yn bodoli. Dewiswch ffolder sy’n bodoli.</translation>
        </message>
        <message>
            <source>The data folder holds {kind_of} at {path}, where cpdlog keeps a folder. Move it away and try again.</source>
            <translation>Mae {path} yn y ffolder data yn {kind_of}, lle mae cpdlog yn cadw ffolder. Symudwch hi oddi yno a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>{path} is {kind_of}, not {article}.</source>
            <translation>Mae {path} yn {kind_of}, nid {article}.</translation>
        </message>
        <message>
            <source>The {what} {name} is not UTF-8 text (byte {start} cannot be read). Save it as UTF-8 and try again.</source>
            <translation>Nid yw’r {what} {name} yn destun UTF-8 (nid oes modd darllen beit {start}). Cadwch ef fel UTF-8 a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>The {what} {path} is a link to {target}, outside the data folder {folder}, which cpdlog does not follow. Move it away and try again.</source>
            <translation>Mae’r {what} {path} yn ddolen i {target}, y tu allan i’r ffolder data {folder}, ac nid yw cpdlog yn dilyn dolen felly. Symudwch hi oddi yno a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>{path} is a symbolic link, and cpdlog does not write through links. Choose another file name.</source>
            <translation>Mae {path} yn ddolen symbolaidd, ac nid yw cpdlog yn ysgrifennu drwy ddolenni. Dewiswch enw ffeil arall.</translation>
        </message>
        <message>
            <source>{path} is {kind_of}, not an ordinary file, so cpdlog will not write there. Choose a file name.</source>
            <translation>Mae {path} yn {kind_of}, nid yn ffeil gyffredin, felly ni fydd cpdlog yn ysgrifennu yno. Dewiswch enw ffeil.</translation>
        </message>
        <message>
            <source>The folder {path} is a link to {target}, outside the data folder {folder}, which cpdlog does not follow. Move it away and try again.</source>
            <translation>Mae’r ffolder {path} yn ddolen i {target}, y tu allan i’r ffolder data {folder}, ac nid yw cpdlog yn dilyn dolen felly. Symudwch hi oddi yno a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <source>for example 1.5 or 1:30</source>
            <translation>er enghraifft 1.5 neu 1:30</translation>
        </message>
        <message>
            <source>{value} hours is more than the {max_hours:g} hours one entry can hold.</source>
            <translation>Mae {value} awr yn fwy na’r {max_hours:g} awr y gall un cofnod eu dal.</translation>
        </message>
        <message>
            <source>encryption key file</source>
            <translation>ffeil allwedd amgryptio</translation>
        </message>
        <message>
            <source>Your journal is encrypted: give its passphrase with --passphrase-file FILE (or CPDLOG_PASSPHRASE_FILE). Nothing was opened.</source>
            <translation>Mae eich dyddlyfr wedi’i amgryptio: rhowch ei gyfrinymadrodd gyda --passphrase-file FILE (neu CPDLOG_PASSPHRASE_FILE). Ni agorwyd dim.</translation>
        </message>
        <message>
            <source>There is no cpdlog journal in {home} yet, and that folder cannot be written.</source>
            <translation>Nid oes dyddlyfr cpdlog yn {home} eto, ac ni ellir ysgrifennu i’r ffolder honno.</translation>
        </message>
        <message>
            <source>Your journal in {home} needs updating for this version of cpdlog, which cannot be done while its folder cannot be written. Nothing was changed.</source>
            <translation>Mae angen diweddaru eich dyddlyfr yn {home} ar gyfer y fersiwn hon o cpdlog, ac ni ellir gwneud hynny tra na ellir ysgrifennu i’w ffolder. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>Save the entry before marking findings as not identifying.</source>
            <translation>Cadwch y cofnod cyn nodi nad yw canfyddiadau’n adnabod neb.</translation>
        </message>
        <message>
            <source>Entry {entry_id} has no finding {fingerprint}. Run `cpdlog check {entry_id}` to see its findings.</source>
            <translation>Nid oes gan gofnod {entry_id} ganfyddiad {fingerprint}. Rhedwch `cpdlog check {entry_id}` i weld ei ganfyddiadau.</translation>
        </message>
        <message>
            <source>Entry {entry_id} has no dismissed finding {fingerprint}.</source>
            <translation>Nid oes gan gofnod {entry_id} ganfyddiad wedi’i wrthod {fingerprint}.</translation>
        </message>
        <message>
            <source>The entry has no finding {sorted}.</source>
            <translation>Nid oes gan y cofnod ganfyddiad {sorted}.</translation>
        </message>
        <message>
            <source>Entry {entry_id} has no unreviewed finding {sorted}.</source>
            <translation>Nid oes gan gofnod {entry_id} ganfyddiad heb ei adolygu {sorted}.</translation>
        </message>
        <message>
            <source>run with --database-url or choose the server again in the app.</source>
            <translation>rhedwch gyda --database-url neu dewiswch y gweinydd eto yn yr ap.</translation>
        </message>
        <message>
            <source>This computer has no keychain cpdlog can keep your password in, so the server was not saved. Ask your organisation about signing you in instead.</source>
            <translation>Nid oes gan y cyfrifiadur hwn gadwyn allweddi y gall cpdlog gadw eich cyfrinair ynddi, felly ni chadwyd y gweinydd. Gofynnwch i’ch sefydliad am ffordd arall o’ch mewngofnodi.</translation>
        </message>
        <message>
            <source>The port must be a number from 1 to 65535.</source>
            <translation>Rhaid i’r porth fod yn rhif rhwng 1 a 65535.</translation>
        </message>
        <message>
            <source>Your organisation's cpdlog server is chosen in the app, but this computer's keychain has no password for {user} on {host}: {advice}</source>
            <translation>Mae gweinydd cpdlog eich sefydliad wedi’i ddewis yn yr ap, ond nid oes gan gadwyn allweddi’r cyfrifiadur hwn gyfrinair ar gyfer {user} ar {host}: {advice}</translation>
        </message>
        <message>
            <source>Fill in {what}.</source>
            <translation>Llenwch hwn: {what}.</translation>
        </message>
        <message>
            <source>{what} is not valid.</source>
            <translation>{what}: nid yw’n ddilys.</translation>
        </message>
        <message>
            <source>Your journal is already encrypted. Nothing was changed.</source>
            <translation>Mae eich dyddlyfr eisoes wedi’i amgryptio. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>drafft</translation>
        </message>
        <message>
            <source>This entry has not been saved yet.</source>
            <translation>Nid yw’r cofnod hwn wedi’i gadw eto.</translation>
        </message>
        <message>
            <source>Unknown reflection template '{template_id}'. Choose one of: {templates}.</source>
            <translation>Templed myfyrio anhysbys '{template_id}'. Dewiswch un o: {templates}.</translation>
        </message>
        <message>
            <source>“{title}” cannot be complete yet: it still needs {describe_missing}.</source>
            <translation>Ni all “{title}” fod yn gyflawn eto: mae angen {describe_missing} o hyd.</translation>
        </message>
        <message>
            <source>The evidence file {filename} is missing from the data folder.</source>
            <translation>Mae’r ffeil dystiolaeth {filename} ar goll o’r ffolder data.</translation>
        </message>
        <message>
            <source>Items must be kept for at least one day.</source>
            <translation>Rhaid cadw eitemau am o leiaf un diwrnod.</translation>
        </message>
        <message>
            <source>No snapshot was kept: the address gives {kind}, not a web page.</source>
            <translation>Ni chadwyd ciplun: mae’r cyfeiriad yn rhoi {kind}, nid tudalen we.</translation>
        </message>
        <message>
            <source>You already follow this feed: {display_title} (feed {id}).</source>
            <translation>Rydych eisoes yn dilyn y ffrwd hon: {display_title} (ffrwd {id}).</translation>
        </message>
        <message>
            <source>The folder for {target} does not exist.</source>
            <translation>Nid yw’r ffolder ar gyfer {target} yn bodoli.</translation>
        </message>
        <message>
            <source>{target} is a folder, not a file.</source>
            <translation>Ffolder yw {target}, nid ffeil.</translation>
        </message>
        <message>
            <source>cpdlog is not allowed to write {target}.</source>
            <translation>Nid yw cpdlog yn cael ysgrifennu {target}.</translation>
        </message>
        <message>
            <source>cpdlog could not write {target}: {strerror}.</source>
            <translation>Ni allai cpdlog ysgrifennu {target}: {strerror}.</translation>
        </message>
        <message>
            <source>'{sorted}' is not one of the curated sources.</source>
            <translation>Nid yw '{sorted}' yn un o’r ffynonellau wedi’u curadu.</translation>
        </message>
        <message>
            <source>There is no feed {missing} (see `cpdlog feeds list`).</source>
            <translation>Nid oes ffrwd {missing} (gweler `cpdlog feeds list`).</translation>
        </message>
        <message>
            <source>You already follow {name} (feed {id}).</source>
            <translation>Rydych eisoes yn dilyn {name} (ffrwd {id}).</translation>
        </message>
        <message>
            <source>'{name}' is not one of the curated categories: {values}.</source>
            <translation>Nid yw '{name}' yn un o’r categorïau wedi’u curadu: {values}.</translation>
        </message>
        <message>
            <source>start date</source>
            <translation>dyddiad dechrau</translation>
        </message>
        <message>
            <source>The period starts ({start}) after it ends ({end}).</source>
            <translation>Mae’r cyfnod yn dechrau ({start}) ar ôl iddo ddod i ben ({end}).</translation>
        </message>
        <message>
            <source>There is no entry {entry_id}.</source>
            <translation>Nid oes cofnod {entry_id}.</translation>
        </message>
        <message>
            <source>Minimums for your own requirements cannot be negative.</source>
            <translation>Ni all isafsymiau eich gofynion eich hun fod yn negatif.</translation>
        </message>
        <message>
            <source>A birth month is a number from 1 to 12.</source>
            <translation>Mae mis geni yn rhif o 1 i 12.</translation>
        </message>
        <message>
            <source>'{regulator_id}' is your main registration; change it with `cpdlog profile set --regulator ID` instead.</source>
            <translation>'{regulator_id}' yw eich prif gofrestriad; newidiwch ef gyda `cpdlog profile set --regulator ID` yn lle hynny.</translation>
        </message>
        <message>
            <source>You have no registration with '{regulator_id}'.</source>
            <translation>Nid oes gennych gofrestriad gyda '{regulator_id}'.</translation>
        </message>
        <message>
            <source>You already have a registration with '{regulator_id}'.</source>
            <translation>Mae gennych gofrestriad gyda '{regulator_id}' eisoes.</translation>
        </message>
        <message>
            <source>Your registration with {regulator} counts from its registration date, which is not set. Remove it with `cpdlog profile remove-registration {id}` and add it again with `cpdlog profile add-registration --regulator {id} --registered-on YYYY-MM-DD`.</source>
            <translation>Mae eich cofrestriad gyda {regulator} yn cyfrif o'i ddyddiad cofrestru, ac nid yw hwnnw wedi'i osod. Tynnwch ef gyda `cpdlog profile remove-registration {id}` a'i ychwanegu eto gyda `cpdlog profile add-registration --regulator {id} --registered-on YYYY-MM-DD`.</translation>
        </message>
        <message>
            <source>The calendar has no deadlines for {regulator}: {problem}</source>
            <translation>Nid oes dyddiadau cau ar gyfer {regulator} yn y calendr: {problem}</translation>
        </message>
        <message>
            <source>cpdlog could not remember the reminder it showed ({path}): {reason}.</source>
            <translation>Ni allai cpdlog gofio’r nodyn atgoffa a ddangosodd ({path}): {reason}.</translation>
        </message>
        <message>
            <source>Deadline reminders for {regulator} are off until this is fixed: {problem}</source>
            <translation>Mae nodiadau atgoffa am ddyddiadau cau {regulator} wedi'u diffodd nes bydd hyn wedi'i drwsio: {problem}</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>Eich rôl</translation>
        </message>
        <message>
            <source>The reviewer's name</source>
            <translation>Enw’r adolygydd</translation>
        </message>
        <message>
            <source>The reviewer's role</source>
            <translation>Rôl yr adolygydd</translation>
        </message>
        <message>
            <source>Choose at least one entry to send for review.</source>
            <translation>Dewiswch o leiaf un cofnod i’w anfon i’w adolygu.</translation>
        </message>
        <message>
            <source>These entries are too large for one review pack; send fewer at a time.</source>
            <translation>Mae’r cofnodion hyn yn rhy fawr i un pecyn adolygu; anfonwch lai ar y tro.</translation>
        </message>
        <message>
            <source>review pack</source>
            <translation>pecyn adolygu</translation>
        </message>
        <message>
            <source>This review pack's signature does not match its content: it was changed after it was made. Ask the practitioner to send it again.</source>
            <translation>Nid yw llofnod y pecyn adolygu hwn yn cyfateb i’w gynnwys: cafodd ei newid ar ôl iddo gael ei wneud. Gofynnwch i’r ymarferydd ei anfon eto.</translation>
        </message>
        <message>
            <source>a comment</source>
            <translation>sylw</translation>
        </message>
        <message>
            <source>a peer discussion</source>
            <translation>trafodaeth gyda chymheiriad</translation>
        </message>
        <message>
            <source>The response is empty: add a comment, a peer discussion or a sign-off.</source>
            <translation>Mae’r ymateb yn wag: ychwanegwch sylw, trafodaeth gyda chymheiriad neu gymeradwyaeth.</translation>
        </message>
        <message>
            <source>This response is too large; write shorter comments.</source>
            <translation>Mae’r ymateb hwn yn rhy fawr; ysgrifennwch sylwadau byrrach.</translation>
        </message>
        <message>
            <source>review response</source>
            <translation>ymateb adolygu</translation>
        </message>
        <message>
            <source>This review response's signature does not match its content: it was changed after it was signed. Nothing was imported; ask your reviewer to send it again.</source>
            <translation>Nid yw llofnod yr ymateb adolygu hwn yn cyfateb i’w gynnwys: cafodd ei newid ar ôl iddo gael ei lofnodi. Ni fewnforiwyd dim; gofynnwch i’ch adolygydd ei anfon eto.</translation>
        </message>
        <message>
            <source>This review response does not say who the reviewer is.</source>
            <translation>Nid yw’r ymateb adolygu hwn yn dweud pwy yw’r adolygydd.</translation>
        </message>
        <message>
            <source>WARNING: the signing key of {reviewer} has changed (it was {was}, this response is signed with {now}). Nothing was imported. Ask them, in person or by phone, whether they set up cpdlog again; only then import it with --accept-new-key.</source>
            <translation>RHYBUDD: mae allwedd llofnodi {reviewer} wedi newid ({was} oedd hi, mae’r ymateb hwn wedi’i lofnodi â {now}). Ni fewnforiwyd dim. Gofynnwch iddynt, wyneb yn wyneb neu dros y ffôn, a wnaethant osod cpdlog eto; dim ond wedyn y dylech ei fewnforio gyda --accept-new-key.</translation>
        </message>
        <message>
            <source>{what} is needed.</source>
            <translation>{what}: mae angen hwn.</translation>
        </message>
        <message>
            <source>{what} is too long (at most {max_short} characters).</source>
            <translation>{what}: mae’n rhy hir ({max_short} nod ar y mwyaf).</translation>
        </message>
        <message>
            <source>{what} is too long (at most {max_text:,} characters).</source>
            <translation>{what}: mae’n rhy hir ({max_text:,} nod ar y mwyaf).</translation>
        </message>
        <message>
            <source>This review response answers a review pack that was not sent from this journal; nothing was imported.</source>
            <translation>Mae’r ymateb adolygu hwn yn ateb pecyn adolygu na chafodd ei anfon o’r dyddlyfr hwn; ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>The {what} could not be saved to {path}: {reason}.</source>
            <translation>Nid oedd modd cadw’r {what} i {path}: {reason}.</translation>
        </message>
        <message>
            <source>A review pack holds at most {max_pack_entries} entries.</source>
            <translation>Mae pecyn adolygu yn dal {max_pack_entries} cofnod ar y mwyaf.</translation>
        </message>
        <message>
            <source>to sign off</source>
            <translation>i gymeradwyo</translation>
        </message>
        <message>
            <source>This review response names an entry, or a version of one, that was not in the review pack it answers; nothing was imported.</source>
            <translation>Mae’r ymateb adolygu hwn yn enwi cofnod, neu fersiwn o un, nad oedd yn y pecyn adolygu y mae’n ei ateb; ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>There is no entry {position} in this pack ({what}); it has {entries}, numbered from 1.</source>
            <translation>Nid oes cofnod {position} yn y pecyn hwn ({what}); mae ganddo {entries}, wedi’u rhifo o 1.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry {position} has no section '{section}' (its sections: {known}; use 'entry' for the whole entry).</source>
            <translation>Nid oes gan gofnod {position} adran '{section}' (ei adrannau: {known}; defnyddiwch 'entry' ar gyfer y cofnod cyfan).</translation>
        </message>
        <message>
            <source>This review response was already imported (on {date}); nothing was imported again.</source>
            <translation>Mewnforiwyd yr ymateb adolygu hwn eisoes (ar {date}); ni fewnforiwyd dim eto.</translation>
        </message>
        <message>
            <source>This is not the address of a Mastodon or Bluesky post.</source>
            <translation>Nid dyma gyfeiriad neges Mastodon neu Bluesky.</translation>
        </message>
        <message>
            <source>The end of the time window must be after its start.</source>
            <translation>Rhaid i ddiwedd y cyfnod amser fod ar ôl ei ddechrau.</translation>
        </message>
        <message>
            <source>'{value}' is not a valid {what} time: use YYYY-MM-DDTHH:MM, for example 2026-03-13T09:00.</source>
            <translation>Nid yw '{value}' yn amser {what} dilys: defnyddiwch BBBB-MM-DDTHH:MM, er enghraifft 2026-03-13T09:00.</translation>
        </message>
        <message>
            <source>The time window can be at most {days} days long.</source>
            <translation>Gall y cyfnod amser fod yn {days} diwrnod o hyd ar y mwyaf.</translation>
        </message>
        <message>
            <source>Your account on the cpdlog server may not do this: ask your organisation's cpdlog administrator if you think it should. Nothing was changed.</source>
            <translation>Ni chaiff eich cyfrif ar weinydd cpdlog wneud hyn: gofynnwch i weinyddwr cpdlog eich sefydliad os ydych yn credu y dylai. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>`cpdlog server` works on the organisation's PostgreSQL server only: give a postgresql+psycopg://USER@HOST/DATABASE URL.</source>
            <translation>Mae `cpdlog server` yn gweithio ar weinydd PostgreSQL y sefydliad yn unig: rhowch URL postgresql+psycopg://USER@HOST/DATABASE.</translation>
        </message>
        <message>
            <source>A password must be at least 12 characters long.</source>
            <translation>Rhaid i gyfrinair fod o leiaf 12 nod o hyd.</translation>
        </message>
        <message>
            <source>cpdlog cannot use the PostgreSQL server at {where}: {first}</source>
            <translation>Ni all cpdlog ddefnyddio’r gweinydd PostgreSQL yn {where}: {first}</translation>
        </message>
        <message>
            <source>That is not a database URL: give postgresql+psycopg://…</source>
            <translation>Nid URL cronfa ddata yw hwnna: rhowch postgresql+psycopg://…</translation>
        </message>
        <message>
            <source>This needs your organisation's cpdlog server (--database-url postgresql+psycopg://…); your journal on this computer is yours alone.</source>
            <translation>Mae angen gweinydd cpdlog eich sefydliad ar gyfer hyn (--database-url postgresql+psycopg://…); eich dyddlyfr chi yn unig yw’r un ar y cyfrifiadur hwn.</translation>
        </message>
        <message>
            <source>Entry {entry_id} is not shared with '{supervisor}'.</source>
            <translation>Nid yw cofnod {entry_id} wedi’i rannu gyda '{supervisor}'.</translation>
        </message>
        <message>
            <source>Entry {entry_id} is not shared.</source>
            <translation>Nid yw cofnod {entry_id} wedi’i rannu.</translation>
        </message>
        <message>
            <source>Give the source a title (--title).</source>
            <translation>Rhowch deitl i’r ffynhonnell (--title).</translation>
        </message>
        <message>
            <source>That title, folder or address is too long.</source>
            <translation>Mae’r teitl, y ffolder neu’r cyfeiriad hwnnw’n rhy hir.</translation>
        </message>
        <message>
            <source>The password file {path} is too long to be a password file.</source>
            <translation>Mae’r ffeil cyfrinair {path} yn rhy hir i fod yn ffeil cyfrinair.</translation>
        </message>
        <message>
            <source>cpdlog cannot read the password file {path}: {strerror}.</source>
            <translation>Ni all cpdlog ddarllen y ffeil cyfrinair {path}: {strerror}.</translation>
        </message>
        <message>
            <source>The password file {path} is not UTF-8 text.</source>
            <translation>Nid yw’r ffeil cyfrinair {path} yn destun UTF-8.</translation>
        </message>
        <message>
            <source>cpdlog cannot use the database {where}: {exc}</source>
            <translation>Ni all cpdlog ddefnyddio’r gronfa ddata {where}: {exc}</translation>
        </message>
        <message>
            <source>{name} is not a cpdlog export ({detail}).</source>
            <translation>Nid allforyn cpdlog yw {name} ({detail}).</translation>
        </message>
        <message>
            <source>{name} does not contain the evidence file {filename}.</source>
            <translation>Nid yw {name} yn cynnwys y ffeil dystiolaeth {filename}.</translation>
        </message>
        <message>
            <source>its encryption header is damaged</source>
            <translation>mae ei bennyn amgryptio wedi’i ddifrodi</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>copi wrth gefn</translation>
        </message>
        <message>
            <source>`cpdlog backup` copies the built-in SQLite database; for a database server use its own backup tools (for example pg_dump).</source>
            <translation>Mae `cpdlog backup` yn copïo’r gronfa ddata SQLite adeiledig; ar gyfer gweinydd cronfa ddata, defnyddiwch ei offer gwneud copi wrth gefn ei hun (er enghraifft pg_dump).</translation>
        </message>
        <message>
            <source>The evidence file {filename}</source>
            <translation>Y ffeil dystiolaeth {filename}</translation>
        </message>
        <message>
            <source>{name} is an encrypted cpdlog export: give the passphrase it was made with (--passphrase-file FILE). Nothing was imported.</source>
            <translation>Mae {name} yn allforyn cpdlog wedi’i amgryptio: rhowch y cyfrinymadrodd y cafodd ei wneud ag ef (--passphrase-file FILE). Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>The evidence file {filename} in {name} is too large.</source>
            <translation>Mae’r ffeil dystiolaeth {filename} yn {name} yn rhy fawr.</translation>
        </message>
        <message>
            <source>its list of files alone is {directory:,} bytes</source>
            <translation>mae ei restr o ffeiliau ar ei phen ei hun yn {directory:,} beit</translation>
        </message>
        <message>
            <source>it holds more than {max_zip_members} files</source>
            <translation>mae’n dal mwy na {max_zip_members} ffeil</translation>
        </message>
        <message>
            <source>{what} in {name} would unpack to {file_size:,} bytes, more than the {cap:,} cpdlog accepts. Nothing was imported.</source>
            <translation>Byddai {what} yn {name} yn dadbacio i {file_size:,} beit, mwy na’r {cap:,} y mae cpdlog yn ei dderbyn. Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>there is no {zip_journal} in it</source>
            <translation>nid oes {zip_journal} ynddo</translation>
        </message>
        <message>
            <source>The evidence file {filename} in {name} would unpack to {file_size:,} bytes, more than the {cap:,} cpdlog accepts. Nothing was imported.</source>
            <translation>Byddai’r ffeil dystiolaeth {filename} yn {name} yn dadbacio i {file_size:,} beit, mwy na’r {cap:,} y mae cpdlog yn ei dderbyn. Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>{count} evidence file(s) are missing from the data folder.</source>
            <translation>Mae {count} ffeil dystiolaeth ar goll o’r ffolder data.</translation>
        </message>
        <message>
            <source>byte {byte} is not UTF-8 text</source>
            <translation>nid yw beit {byte} yn destun UTF-8</translation>
        </message>
        <message>
            <source>{name} is not a valid cpdlog export: the evidence file evidence_files.{sha}… is damaged (it does not match its sha256). Nothing was imported.</source>
            <translation>Nid yw {name} yn allforyn cpdlog dilys: mae’r ffeil dystiolaeth evidence_files.{sha}… wedi’i difrodi (nid yw’n cyfateb i’w sha256). Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>The evidence file {filename} in {name} is damaged.</source>
            <translation>Mae’r ffeil dystiolaeth {filename} yn {name} wedi’i difrodi.</translation>
        </message>
        <message>
            <source>{what} in {name} is damaged ({exc}). Nothing was imported.</source>
            <translation>Mae {what} yn {name} wedi’i ddifrodi ({exc}). Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>{what} in {name} cannot be read ({exc}).</source>
            <translation>Nid oes modd darllen {what} yn {name} ({exc}).</translation>
        </message>
        <message>
            <source>{name} is not a valid cpdlog export: {message}. Nothing was imported.</source>
            <translation>Nid yw {name} yn allforyn cpdlog dilys: {message}. Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>The backup could not be written: {reason}.</source>
            <translation>Nid oedd modd ysgrifennu’r copi wrth gefn: {reason}.</translation>
        </message>
        <message>
            <source>The backup could not be written: {exc}.</source>
            <translation>Nid oedd modd ysgrifennu’r copi wrth gefn: {exc}.</translation>
        </message>
        <message>
            <source>{name} is not a valid cpdlog export: the evidence file evidence_files.{sha}… is damaged (not base64). Nothing was imported.</source>
            <translation>Nid yw {name} yn allforyn cpdlog dilys: mae’r ffeil dystiolaeth evidence_files.{sha}… wedi’i difrodi (nid yw’n base64). Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>{name} is not a cpdlog export.</source>
            <translation>Nid allforyn cpdlog yw {name}.</translation>
        </message>
        <message>
            <source>{name} was exported by a newer cpdlog; please update cpdlog to import it.</source>
            <translation>Cafodd {name} ei allforio gan fersiwn mwy newydd o cpdlog; diweddarwch cpdlog i’w fewnforio.</translation>
        </message>
        <message>
            <source>{name} is not a valid cpdlog export: practitioner.custom cannot be used ({exc}). Nothing was imported.</source>
            <translation>Nid yw {name} yn allforyn cpdlog dilys: ni ellir defnyddio practitioner.custom ({exc}). Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>{name} is not a valid cpdlog export: entries[{i}] ({message}). Nothing was imported.</source>
            <translation>Nid yw {name} yn allforyn cpdlog dilys: entries[{i}] ({message}). Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>{what} in {name} unpacks to more than it says it holds, or more than cpdlog accepts. Nothing was imported.</source>
            <translation>Mae {what} yn {name} yn dadbacio i fwy nag y mae’n dweud sydd ynddo, neu fwy nag y mae cpdlog yn ei dderbyn. Ni fewnforiwyd dim.</translation>
        </message>
        <message>
            <source>The database at {where} could not be used: {one_line}</source>
            <translation>Nid oedd modd defnyddio’r gronfa ddata yn {where}: {one_line}</translation>
        </message>
        <message>
            <source>Only a journal file on this computer can be encrypted.</source>
            <translation>Dim ond ffeil dyddlyfr ar y cyfrifiadur hwn y gellir ei hamgryptio.</translation>
        </message>
        <message>
            <source>{where} is not a cpdlog database, or it is damaged. Nothing was changed. Restore a backup from the backups folder, or choose another data folder with --home.</source>
            <translation>Nid yw {where} yn gronfa ddata cpdlog, neu mae wedi’i difrodi. Ni newidiwyd dim. Adferwch gopi wrth gefn o’r ffolder copïau wrth gefn, neu dewiswch ffolder data arall gyda --home.</translation>
        </message>
        <message>
            <source>cpdlog cannot write to {where}: the file or its folder is read-only. Nothing was changed.</source>
            <translation>Ni all cpdlog ysgrifennu i {where}: mae’r ffeil neu ei ffolder yn ddarllen yn unig. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>cpdlog cannot open {where}: check that the folder exists and you may write to it.</source>
            <translation>Ni all cpdlog agor {where}: gwiriwch fod y ffolder yn bodoli a bod gennych hawl i ysgrifennu iddi.</translation>
        </message>
        <message>
            <source>The cpdlog server at {where} needs upgrading for this version of cpdlog: ask your organisation's cpdlog administrator to run `cpdlog server init`. Nothing was changed.</source>
            <translation>Mae angen uwchraddio gweinydd cpdlog yn {where} ar gyfer y fersiwn hon o cpdlog: gofynnwch i weinyddwr cpdlog eich sefydliad redeg `cpdlog server init`. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>Your account on {where} may not do this: ask your organisation's cpdlog administrator if you think it should. Nothing was changed.</source>
            <translation>Ni chaiff eich cyfrif ar {where} wneud hyn: gofynnwch i weinyddwr cpdlog eich sefydliad os ydych yn credu y dylai. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>{where} is busy in another program; try again in a moment.</source>
            <translation>Mae {where} yn brysur mewn rhaglen arall; rhowch gynnig arall arni mewn munud.</translation>
        </message>
        <message>
            <source>The database server at {where} did not accept the user name and password in the database URL.</source>
            <translation>Ni dderbyniodd y gweinydd cronfa ddata yn {where} yr enw defnyddiwr a’r cyfrinair yn URL y gronfa ddata.</translation>
        </message>
        <message>
            <source>cpdlog cannot reach the database server at {where} just now; try again in a moment. Nothing was changed.</source>
            <translation>Ni all cpdlog gyrraedd y gweinydd cronfa ddata yn {where} ar hyn o bryd; rhowch gynnig arall arni mewn munud. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>The database server at {where} is busy or cannot be reached just now; try again in a moment. Nothing was changed.</source>
            <translation>Mae’r gweinydd cronfa ddata yn {where} yn brysur neu ni ellir ei gyrraedd ar hyn o bryd; rhowch gynnig arall arni mewn munud. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>'{url}' is not a database URL.</source>
            <translation>Nid yw '{url}' yn URL cronfa ddata.</translation>
        </message>
        <message>
            <source>cpdlog cannot use the database '{url}': {exc}</source>
            <translation>Ni all cpdlog ddefnyddio’r gronfa ddata '{url}': {exc}</translation>
        </message>
        <message>
            <source>journal file</source>
            <translation>ffeil y dyddlyfr</translation>
        </message>
        <message>
            <source>Your journal is not encrypted. Nothing was changed.</source>
            <translation>Nid yw eich dyddlyfr wedi’i amgryptio. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>Your journal is not encrypted, so it has no passphrase.</source>
            <translation>Nid yw eich dyddlyfr wedi’i amgryptio, felly nid oes ganddo gyfrinymadrodd.</translation>
        </message>
        <message>
            <source>The converted copy of your journal did not match the original, so nothing was changed.</source>
            <translation>Nid oedd y copi wedi’i drosi o’ch dyddlyfr yn cyfateb i’r gwreiddiol, felly ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>Your journal is open in another cpdlog window or command; close it there and try again. Nothing was changed.</source>
            <translation>Mae eich dyddlyfr ar agor mewn ffenestr neu orchymyn cpdlog arall; caewch ef yno a rhowch gynnig arall arni. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>The converted copy of your journal failed its check, so nothing was changed.</source>
            <translation>Methodd y copi wedi’i drosi o’ch dyddlyfr ei wiriad, felly ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>{database} is not encrypted, but the folder has an encryption key file ({key_file_name}); was an old copy put back? Nothing was changed. Move one of the two away, or restore an encrypted backup.</source>
            <translation>Nid yw {database} wedi’i amgryptio, ond mae gan y ffolder ffeil allwedd amgryptio ({key_file_name}); a gafodd hen gopi ei roi yn ôl? Ni newidiwyd dim. Symudwch un o’r ddau o’r ffordd, neu adferwch gopi wrth gefn wedi’i amgryptio.</translation>
        </message>
        <message>
            <source>There is no entry {entry_id} (it is in the trash: `cpdlog entry restore` brings it back).</source>
            <translation>Nid oes cofnod {entry_id} (mae yn y sbwriel: mae `cpdlog entry restore` yn dod ag ef yn ôl).</translation>
        </message>
        <message>
            <source>Entry {entry_id} is not in the trash.</source>
            <translation>Nid yw cofnod {entry_id} yn y sbwriel.</translation>
        </message>
        <message>
            <source>evidence file</source>
            <translation>ffeil dystiolaeth</translation>
        </message>
        <message>
            <source>{shown} is not an evidence id (64 lower-case hexadecimal digits).</source>
            <translation>Nid yw {shown} yn ddynodydd tystiolaeth (64 digid hecsadegol mewn llythrennau bach).</translation>
        </message>
        <message>
            <source>The evidence file {sha256}… is missing from the data folder.</source>
            <translation>Mae’r ffeil dystiolaeth {sha256}… ar goll o’r ffolder data.</translation>
        </message>
        <message>
            <source>The evidence file {sha256}… is damaged.</source>
            <translation>Mae’r ffeil dystiolaeth {sha256}… wedi’i difrodi.</translation>
        </message>
        <message>
            <source>{filename} is larger than the evidence limit.</source>
            <translation>Mae {filename} yn fwy na’r terfyn ar gyfer tystiolaeth.</translation>
        </message>
        <message>
            <source>cpdlog could not store evidence: {sub} is not an ordinary folder.</source>
            <translation>Ni allai cpdlog storio tystiolaeth: nid yw {sub} yn ffolder gyffredin.</translation>
        </message>
        <message>
            <source>The evidence file {sha256}… cannot be used: {exc}</source>
            <translation>Ni ellir defnyddio’r ffeil dystiolaeth {sha256}…: {exc}</translation>
        </message>
        <message>
            <source>The evidence file {sha256}… is larger than the limit.</source>
            <translation>Mae’r ffeil dystiolaeth {sha256}… yn fwy na’r terfyn.</translation>
        </message>
        <message>
            <source>{name} is {size:.1f} MB; evidence files can be at most {max_bytes:.0f} MB. Try a smaller scan or a PDF export of it.</source>
            <translation>Mae {name} yn {size:.1f} MB; gall ffeiliau tystiolaeth fod yn {max_bytes:.0f} MB ar y mwyaf. Rhowch gynnig ar sgan llai neu allforyn PDF ohono.</translation>
        </message>
        <message>
            <source>cpdlog could not store {filename} in {folder}: {reason}.</source>
            <translation>Ni allai cpdlog storio {filename} yn {folder}: {reason}.</translation>
        </message>
        <message>
            <source>The evidence file {filename} is damaged (its content does not match its SHA-256).</source>
            <translation>Mae’r ffeil dystiolaeth {filename} wedi’i difrodi (nid yw ei chynnwys yn cyfateb i’w SHA-256).</translation>
        </message>
        <message>
            <source>The evidence file {name}… is damaged.</source>
            <translation>Mae’r ffeil dystiolaeth {name}… wedi’i difrodi.</translation>
        </message>
        <message>
            <source>cpdlog could not store {filename}: {final} is not an ordinary file.</source>
            <translation>Ni allai cpdlog storio {filename}: nid yw {final} yn ffeil gyffredin.</translation>
        </message>
        <message>
            <source>There is no feed {feed_id} (see `cpdlog feeds list`).</source>
            <translation>Nid oes ffrwd {feed_id} (gweler `cpdlog feeds list`).</translation>
        </message>
        <message>
            <source>You already follow {url}.</source>
            <translation>Rydych eisoes yn dilyn {url}.</translation>
        </message>
        <message>
            <source>There is no item {item_id} (see `cpdlog items list`).</source>
            <translation>Nid oes eitem {item_id} (gweler `cpdlog items list`).</translation>
        </message>
        <message>
            <source>There is no item {missing} (see `cpdlog items list`).</source>
            <translation>Nid oes eitem {missing} (gweler `cpdlog items list`).</translation>
        </message>
        <message>
            <source>the passphrase wrapping</source>
            <translation>lapiad y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>the passphrase nonce</source>
            <translation>nonce y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>the passphrase key</source>
            <translation>allwedd y cyfrinymadrodd</translation>
        </message>
        <message>
            <source>the recovery wrapping</source>
            <translation>lapiad yr allwedd adfer</translation>
        </message>
        <message>
            <source>the recovery nonce</source>
            <translation>nonce yr allwedd adfer</translation>
        </message>
        <message>
            <source>the recovery key</source>
            <translation>allwedd adfer</translation>
        </message>
        <message>
            <source>the recovery salt</source>
            <translation>halen yr allwedd adfer</translation>
        </message>
        <message>
            <source>That is not a cpdlog recovery key (eight groups of four letters and digits).</source>
            <translation>Nid allwedd adfer cpdlog yw honna (wyth grŵp o bedwar nod, yn llythrennau a digidau).</translation>
        </message>
        <message>
            <source>the salt</source>
            <translation>yr halen</translation>
        </message>
        <message>
            <source>it is far too large</source>
            <translation>mae’n llawer rhy fawr</translation>
        </message>
        <message>
            <source>it is not a cpdlog key file</source>
            <translation>nid yw’n ffeil allwedd cpdlog</translation>
        </message>
        <message>
            <source>the passphrase settings are missing</source>
            <translation>mae gosodiadau’r cyfrinymadrodd ar goll</translation>
        </message>
        <message>
            <source>the passphrase setting n is not a power of two</source>
            <translation>nid yw gosodiad n y cyfrinymadrodd yn bŵer o ddau</translation>
        </message>
        <message>
            <source>the passphrase wrapping is missing</source>
            <translation>mae lapiad y cyfrinymadrodd ar goll</translation>
        </message>
        <message>
            <source>That passphrase is not right for this journal. Nothing was changed.</source>
            <translation>Nid yw’r cyfrinymadrodd hwnnw’n gywir ar gyfer y dyddlyfr hwn. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>the recovery wrapping is missing</source>
            <translation>mae’r lapiad adfer ar goll</translation>
        </message>
        <message>
            <source>the recovery settings are missing</source>
            <translation>mae’r gosodiadau adfer ar goll</translation>
        </message>
        <message>
            <source>That recovery key is not the one for this journal. Nothing was changed.</source>
            <translation>Nid dyna’r allwedd adfer ar gyfer y dyddlyfr hwn. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>The journal's key file ({key_file_name}) is damaged ({detail}), so the journal cannot be opened. Nothing was changed; restore the key file from a copy you kept.</source>
            <translation>Mae ffeil allwedd y dyddlyfr ({key_file_name}) wedi’i difrodi ({detail}), felly ni ellir agor y dyddlyfr. Ni newidiwyd dim; adferwch y ffeil allwedd o gopi a gadwoch.</translation>
        </message>
        <message>
            <source>it is missing</source>
            <translation>mae ar goll</translation>
        </message>
        <message>
            <source>it is not readable</source>
            <translation>nid oes modd ei darllen</translation>
        </message>
        <message>
            <source>Choose a passphrase of at least {min_passphrase_chars} characters (a few unrelated words are easy to remember and hard to guess).</source>
            <translation>Dewiswch gyfrinymadrodd o {min_passphrase_chars} nod o leiaf (mae ychydig o eiriau digyswllt yn hawdd eu cofio ac yn anodd eu dyfalu).</translation>
        </message>
        <message>
            <source>A passphrase can have at most {max_passphrase_chars} characters.</source>
            <translation>Gall cyfrinymadrodd fod yn {max_passphrase_chars} nod ar y mwyaf.</translation>
        </message>
        <message>
            <source>{what} is missing</source>
            <translation>mae {what} ar goll</translation>
        </message>
        <message>
            <source>{what} has the wrong length</source>
            <translation>mae hyd anghywir gan {what}</translation>
        </message>
        <message>
            <source>The journal's key file ({key_file_name}) was written by another version of cpdlog (key file version {version}). Nothing was changed.</source>
            <translation>Cafodd ffeil allwedd y dyddlyfr ({key_file_name}) ei hysgrifennu gan fersiwn arall o cpdlog (fersiwn ffeil allwedd {version}). Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>{what} is not base64</source>
            <translation>nid yw {what} yn base64</translation>
        </message>
        <message>
            <source>The journal's key file ({key_file_name}) cannot be read: {reason}.</source>
            <translation>Ni ellir darllen ffeil allwedd y dyddlyfr ({key_file_name}): {reason}.</translation>
        </message>
        <message>
            <source>the passphrase setting {name} is out of range</source>
            <translation>mae gosodiad {name} y cyfrinymadrodd y tu allan i’r ystod</translation>
        </message>
        <message>
            <source>{location} records more than one schema version; nothing was changed.</source>
            <translation>Mae {location} yn cofnodi mwy nag un fersiwn sgema; ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>{location} was written by a newer version of cpdlog (schema {current}). Please update cpdlog to open it; the database has not been changed.</source>
            <translation>Cafodd {location} ei ysgrifennu gan fersiwn mwy newydd o cpdlog (sgema {current}). Diweddarwch cpdlog i’w agor; nid yw’r gronfa ddata wedi’i newid.</translation>
        </message>
        <message>
            <source>{location} is a database, but not one made by cpdlog. Nothing was changed.</source>
            <translation>Mae {location} yn gronfa ddata, ond nid un a wnaed gan cpdlog. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>cpdlog found evidence records with invalid ids but could not write the note {note}: {reason}. Nothing was changed.</source>
            <translation>Canfu cpdlog gofnodion tystiolaeth â dynodyddion annilys ond ni allai ysgrifennu’r nodyn {note}: {reason}. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>The {what} is not an encrypted cpdlog file.</source>
            <translation>Nid yw’r {what} yn ffeil cpdlog wedi’i hamgryptio.</translation>
        </message>
        <message>
            <source>The {what} is damaged (it was cut short).</source>
            <translation>Mae’r {what} wedi’i ddifrodi (cafodd ei dorri’n fyr).</translation>
        </message>
        <message>
            <source>The {what} is damaged, or was encrypted with another journal's key.</source>
            <translation>Mae’r {what} wedi’i ddifrodi, neu cafodd ei amgryptio ag allwedd dyddlyfr arall.</translation>
        </message>
        <message>
            <source>There is no team source {source_id}.</source>
            <translation>Nid oes ffynhonnell tîm {source_id}.</translation>
        </message>
        <message>
            <source>'{name}' cannot be a user name: use lower-case letters, digits, '.', '_' or '-', starting with a letter (at most 63 characters).</source>
            <translation>Ni all '{name}' fod yn enw defnyddiwr: defnyddiwch lythrennau bach, digidau, '.', '_' neu '-', gan ddechrau â llythyren (63 nod ar y mwyaf).</translation>
        </message>
        <message>
            <source>'{name}' cannot be a user name: names starting pg_ or cpdlog_ are kept for PostgreSQL and cpdlog.</source>
            <translation>Ni all '{name}' fod yn enw defnyddiwr: mae enwau sy’n dechrau â pg_ neu cpdlog_ wedi’u cadw ar gyfer PostgreSQL a cpdlog.</translation>
        </message>
        <message>
            <source>'{row}' is not a PostgreSQL superuser: `cpdlog server` must be run by the organisation's database administrator. Nothing was changed.</source>
            <translation>Nid yw '{row}' yn uwchddefnyddiwr PostgreSQL: rhaid i weinyddwr cronfa ddata’r sefydliad redeg `cpdlog server`. Ni newidiwyd dim.</translation>
        </message>
        <message>
            <source>'{name}' is not a practitioner on this server: add them first with `cpdlog server add-user {name} --role practitioner`.</source>
            <translation>Nid yw '{name}' yn ymarferydd ar y gweinydd hwn: ychwanegwch nhw yn gyntaf gyda `cpdlog server add-user {name} --role practitioner`.</translation>
        </message>
        <message>
            <source>'{role}' is not a role: use practitioner, supervisor or lead.</source>
            <translation>Nid yw '{role}' yn rôl: defnyddiwch practitioner, supervisor neu lead.</translation>
        </message>
        <message>
            <source>There is already a PostgreSQL role called '{name}' (a removed user's name is kept so that nobody else is given their journal); choose another name.</source>
            <translation>Mae rôl PostgreSQL o’r enw '{name}' eisoes (cedwir enw defnyddiwr a dynnwyd fel na chaiff neb arall ei ddyddlyfr); dewiswch enw arall.</translation>
        </message>
        <message>
            <source>There is no cpdlog user called '{name}' on this server.</source>
            <translation>Nid oes defnyddiwr cpdlog o’r enw '{name}' ar y gweinydd hwn.</translation>
        </message>
        <message>
            <source>There is no entry {entry_id} in your journal.</source>
            <translation>Nid oes cofnod {entry_id} yn eich dyddlyfr.</translation>
        </message>
        <message>
            <source>'{supervisor}' is not a supervisor on this cpdlog server.</source>
            <translation>Nid yw '{supervisor}' yn oruchwyliwr ar y gweinydd cpdlog hwn.</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.hours</name>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} awr {minutes} mun</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n mun</numerusform>
                <numerusform>%n mun</numerusform>
                <numerusform>%n mun</numerusform>
                <numerusform>%n mun</numerusform>
                <numerusform>%n mun</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cpdlog.pdf</name>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} i {end}</translation>
        </message>
        <message>
            <source>The export was cancelled.</source>
            <translation>Cafodd yr allforio ei ganslo.</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(heb deitl)</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Tudalen {number} o {total}</translation>
        </message>
        <message>
            <source>the file is missing from the cpdlog data folder</source>
            <translation>mae’r ffeil ar goll o ffolder data cpdlog</translation>
        </message>
        <message>
            <source>the stored file does not match the SHA-256 recorded when it was attached</source>
            <translation>nid yw’r ffeil sydd wedi’i storio yn cyfateb i’r SHA-256 a gofnodwyd pan gafodd ei hatodi</translation>
        </message>
        <message>
            <source>the PDF has no pages</source>
            <translation>nid oes tudalennau yn y PDF</translation>
        </message>
        <message numerus="yes">
            <source>the PDF is too long to append (%n pages)</source>
            <translation>
                <numerusform>mae’r PDF yn rhy hir i’w atodi (%n tudalen)</numerusform>
                <numerusform>mae’r PDF yn rhy hir i’w atodi (%n tudalen)</numerusform>
                <numerusform>mae’r PDF yn rhy hir i’w atodi (%n tudalen)</numerusform>
                <numerusform>mae’r PDF yn rhy hir i’w atodi (%n tudalen)</numerusform>
                <numerusform>mae’r PDF yn rhy hir i’w atodi (%n tudalen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n beit</numerusform>
                <numerusform>%n beit</numerusform>
                <numerusform>%n beit</numerusform>
                <numerusform>%n beit</numerusform>
                <numerusform>%n beit</numerusform>
            </translation>
        </message>
        <message>
            <source>the image is too large to embed</source>
            <translation>mae’r ddelwedd yn rhy fawr i’w hymgorffori</translation>
        </message>
        <message>
            <source>the file is not an image we can read (corrupt or unsupported type)</source>
            <translation>nid yw’r ffeil yn ddelwedd y gallwn ei darllen (wedi’i llygru neu’n fath nas cefnogir)</translation>
        </message>
        <message>
            <source>the PDF is password-protected</source>
            <translation>mae’r PDF wedi’i ddiogelu gan gyfrinair</translation>
        </message>
        <message>
            <source>Evidence “{name}” on “{entry}” was not embedded: {reason}.</source>
            <translation>Ni chafodd y dystiolaeth “{name}” ar “{entry}” ei hymgorffori: {reason}.</translation>
        </message>
        <message>
            <source>the image is too large to embed ({size})</source>
            <translation>mae’r ddelwedd yn rhy fawr i’w hymgorffori ({size})</translation>
        </message>
        <message>
            <source>the file is not a PDF</source>
            <translation>nid PDF yw’r ffeil</translation>
        </message>
        <message>
            <source>the file could not be read ({error})</source>
            <translation>nid oedd modd darllen y ffeil ({error})</translation>
        </message>
        <message>
            <source>the image is damaged ({error})</source>
            <translation>mae’r ddelwedd wedi’i difrodi ({error})</translation>
        </message>
        <message>
            <source>the PDF could not be read ({error})</source>
            <translation>nid oedd modd darllen y PDF ({error})</translation>
        </message>
        <message>
            <source>the PDF could not be copied ({error})</source>
            <translation>nid oedd modd copïo’r PDF ({error})</translation>
        </message>
        <message>
            <source>Evidence “{name}” was not appended: {reason}.</source>
            <translation>Ni chafodd y dystiolaeth “{name}” ei hatodi: {reason}.</translation>
        </message>
        <message>
            <source>{format} images cannot be embedded</source>
            <translation>ni ellir ymgorffori delweddau {format}</translation>
        </message>
        <message>
            <source>the image is too large to embed ({width} × {height} pixels)</source>
            <translation>mae’r ddelwedd yn rhy fawr i’w hymgorffori ({width} × {height} picsel)</translation>
        </message>
        <message>
            <source>Part 1: Summary of practice history</source>
            <translation>Rhan 1: Crynodeb o hanes ymarfer</translation>
        </message>
        <message>
            <source>Part 2: List of CPD activities</source>
            <translation>Rhan 2: Rhestr o weithgareddau DPP</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Gap:&lt;/b&gt; no recorded CPD from {start} to {end} (%n months). Please explain this gap.</source>
            <translation>
                <numerusform>&lt;b&gt;Bwlch:&lt;/b&gt; dim DPP wedi’i gofnodi o {start} i {end} (%n mis). Esboniwch y bwlch hwn.</numerusform>
                <numerusform>&lt;b&gt;Bwlch:&lt;/b&gt; dim DPP wedi’i gofnodi o {start} i {end} (%n mis). Esboniwch y bwlch hwn.</numerusform>
                <numerusform>&lt;b&gt;Bwlch:&lt;/b&gt; dim DPP wedi’i gofnodi o {start} i {end} (%n mis). Esboniwch y bwlch hwn.</numerusform>
                <numerusform>&lt;b&gt;Bwlch:&lt;/b&gt; dim DPP wedi’i gofnodi o {start} i {end} (%n mis). Esboniwch y bwlch hwn.</numerusform>
                <numerusform>&lt;b&gt;Bwlch:&lt;/b&gt; dim DPP wedi’i gofnodi o {start} i {end} (%n mis). Esboniwch y bwlch hwn.</numerusform>
            </translation>
        </message>
        <message>
            <source>Part 3: Personal statement</source>
            <translation>Rhan 3: Datganiad personol</translation>
        </message>
        <message>
            <source>The HCPC profile has no summary of practice history (write one under “Summary of practice” on the Export page, or give one with --summary-file).</source>
            <translation>Nid oes crynodeb o hanes ymarfer ym mhroffil HCPC (ysgrifennwch un o dan “Crynodeb o ymarfer” ar y dudalen Allforio, neu rhowch un gyda --summary-file).</translation>
        </message>
        <message>
            <source>HCPC expects a mixture of at least two different types of learning activity.</source>
            <translation>Mae HCPC yn disgwyl cymysgedd o o leiaf ddau fath gwahanol o weithgaredd dysgu.</translation>
        </message>
        <message numerus="yes">
            <source>The activity list has %n gaps of three months or more; HCPC asks you to explain them.</source>
            <translation>
                <numerusform>Mae gan y rhestr o weithgareddau %n bwlch o dri mis neu fwy; mae HCPC yn gofyn i chi eu hesbonio.</numerusform>
                <numerusform>Mae gan y rhestr o weithgareddau %n bwlch o dri mis neu fwy; mae HCPC yn gofyn i chi eu hesbonio.</numerusform>
                <numerusform>Mae gan y rhestr o weithgareddau %n bwlch o dri mis neu fwy; mae HCPC yn gofyn i chi eu hesbonio.</numerusform>
                <numerusform>Mae gan y rhestr o weithgareddau %n bwlch o dri mis neu fwy; mae HCPC yn gofyn i chi eu hesbonio.</numerusform>
                <numerusform>Mae gan y rhestr o weithgareddau %n bwlch o dri mis neu fwy; mae HCPC yn gofyn i chi eu hesbonio.</numerusform>
            </translation>
        </message>
        <message>
            <source>The HCPC personal statement has no activities (tick them under “Statement entries” on the Export page, or choose them with --statement-entry).</source>
            <translation>Nid oes gweithgareddau yn natganiad personol HCPC (ticiwch nhw o dan “Cofnodion y datganiad” ar y dudalen Allforio, neu dewiswch nhw gyda --statement-entry).</translation>
        </message>
        <message>
            <source>Word count: {count} (up to {limit}) — {over} over the limit.</source>
            <translation>Nifer y geiriau: {count} (hyd at {limit}) — {over} dros y terfyn.</translation>
        </message>
        <message>
            <source>Word count: {count} (up to {limit}).</source>
            <translation>Nifer y geiriau: {count} (hyd at {limit}).</translation>
        </message>
        <message>
            <source>No summary of practice history was given. HCPC asks for up to 500 words on your current role, the type of work you do, your main responsibilities, specialist areas and the people you work with.</source>
            <translation>Ni roddwyd crynodeb o hanes ymarfer. Mae HCPC yn gofyn am hyd at 500 gair am eich rôl bresennol, y math o waith rydych yn ei wneud, eich prif gyfrifoldebau, meysydd arbenigol a’r bobl rydych yn gweithio gyda nhw.</translation>
        </message>
        <message>
            <source>The summary of practice history has {count} words; HCPC allows up to {limit}.</source>
            <translation>Mae {count} gair yn y crynodeb o hanes ymarfer; mae HCPC yn caniatáu hyd at {limit}.</translation>
        </message>
        <message>
            <source>No CPD activities are recorded for this period.</source>
            <translation>Nid oes gweithgareddau DPP wedi’u cofnodi ar gyfer y cyfnod hwn.</translation>
        </message>
        <message>
            <source>All activities are of one type; HCPC standard 2 asks for a mixture of learning activities (at least two different types).</source>
            <translation>Mae pob gweithgaredd o’r un math; mae safon 2 HCPC yn gofyn am gymysgedd o weithgareddau dysgu (o leiaf ddau fath gwahanol).</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Gweithgaredd</translation>
        </message>
        <message>
            <source>No activities were chosen for the personal statement. HCPC suggests four to six activities: for each, what it was, what you learnt, and how it improved the quality of your work and benefited the people you work with.</source>
            <translation>Ni ddewiswyd gweithgareddau ar gyfer y datganiad personol. Mae HCPC yn awgrymu pedwar i chwe gweithgaredd: ar gyfer pob un, beth oedd e, beth a ddysgoch, a sut y gwnaeth wella ansawdd eich gwaith a bod o fudd i’r bobl rydych yn gweithio gyda nhw.</translation>
        </message>
        <message numerus="yes">
            <source>This statement draws on %n activities; HCPC suggests four to six.</source>
            <translation>
                <numerusform>Mae’r datganiad hwn yn defnyddio %n gweithgaredd; mae HCPC yn awgrymu pedwar i chwech.</numerusform>
                <numerusform>Mae’r datganiad hwn yn defnyddio %n gweithgaredd; mae HCPC yn awgrymu pedwar i chwech.</numerusform>
                <numerusform>Mae’r datganiad hwn yn defnyddio %n gweithgaredd; mae HCPC yn awgrymu pedwar i chwech.</numerusform>
                <numerusform>Mae’r datganiad hwn yn defnyddio %n gweithgaredd; mae HCPC yn awgrymu pedwar i chwech.</numerusform>
                <numerusform>Mae’r datganiad hwn yn defnyddio %n gweithgaredd; mae HCPC yn awgrymu pedwar i chwech.</numerusform>
            </translation>
        </message>
        <message>
            <source>The personal statement has {count} words; HCPC allows up to {limit}. Choose fewer activities or shorten them.</source>
            <translation>Mae {count} gair yn y datganiad personol; mae HCPC yn caniatáu hyd at {limit}. Dewiswch lai o weithgareddau neu byrhewch nhw.</translation>
        </message>
        <message>
            <source>{activities}, {hours}, {types}.</source>
            <translation>{activities}, {hours}, {types}.</translation>
        </message>
        <message numerus="yes">
            <source>%n activities</source>
            <translation>
                <numerusform>%n gweithgaredd</numerusform>
                <numerusform>%n gweithgaredd</numerusform>
                <numerusform>%n gweithgaredd</numerusform>
                <numerusform>%n gweithgaredd</numerusform>
                <numerusform>%n gweithgaredd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n types of activity</source>
            <translation>
                <numerusform>%n math o weithgaredd</numerusform>
                <numerusform>%n math o weithgaredd</numerusform>
                <numerusform>%n math o weithgaredd</numerusform>
                <numerusform>%n math o weithgaredd</numerusform>
                <numerusform>%n math o weithgaredd</numerusform>
            </translation>
        </message>
        <message>
            <source>Entry {number} was chosen for the personal statement but is not in this profile.</source>
            <translation>Cafodd cofnod {number} ei ddewis ar gyfer y datganiad personol ond nid yw yn y proffil hwn.</translation>
        </message>
        <message>
            <source>Activities from {period}, in date order. Gaps of three months or more with no recorded CPD are marked; HCPC asks you to explain them.</source>
            <translation>Gweithgareddau o {period}, yn nhrefn dyddiad. Mae bylchau o dri mis neu fwy heb DPP wedi’i gofnodi wedi’u nodi; mae HCPC yn gofyn i chi eu hesbonio.</translation>
        </message>
        <message>
            <source>Standards: {standards}</source>
            <translation>Safonau: {standards}</translation>
        </message>
        <message>
            <source>ACTIVITY {number}</source>
            <translation>GWEITHGAREDD {number}</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <translation>Ymarferydd</translation>
        </message>
        <message>
            <source>CPD audit profile</source>
            <translation>Proffil archwilio DPP</translation>
        </message>
        <message>
            <source>CPD portfolio</source>
            <translation>Portffolio DPP</translation>
        </message>
        <message>
            <source>all dates</source>
            <translation>pob dyddiad</translation>
        </message>
        <message>
            <source>Part 4: Supporting evidence</source>
            <translation>Rhan 4: Tystiolaeth ategol</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Cofnodion</translation>
        </message>
        <message>
            <source>CPD profile</source>
            <translation>Proffil DPP</translation>
        </message>
        <message>
            <source>Continuing professional development audit profile (HCPC style)</source>
            <translation>Proffil archwilio datblygiad proffesiynol parhaus (arddull HCPC)</translation>
        </message>
        <message>
            <source>Continuing professional development record</source>
            <translation>Cofnod datblygiad proffesiynol parhaus</translation>
        </message>
        <message>
            <source>There are no entries to show: no CPD is recorded for this period (or none was chosen).</source>
            <translation>Nid oes cofnodion i’w dangos: nid oes DPP wedi’i gofnodi ar gyfer y cyfnod hwn (neu ni ddewiswyd dim).</translation>
        </message>
        <message>
            <source>Continuing professional development record, {period}</source>
            <translation>Cofnod datblygiad proffesiynol parhaus, {period}</translation>
        </message>
        <message>
            <source>CPD</source>
            <translation>DPP</translation>
        </message>
        <message>
            <source>social work</source>
            <translation>gwaith cymdeithasol</translation>
        </message>
        <message numerus="yes">
            <source>Chosen entries only: %n entries selected by the practitioner.</source>
            <translation>
                <numerusform>Cofnodion a ddewiswyd yn unig: %n cofnod wedi’u dewis gan yr ymarferydd.</numerusform>
                <numerusform>Cofnodion a ddewiswyd yn unig: %n cofnod wedi’i ddewis gan yr ymarferydd.</numerusform>
                <numerusform>Cofnodion a ddewiswyd yn unig: %n cofnod wedi’u dewis gan yr ymarferydd.</numerusform>
                <numerusform>Cofnodion a ddewiswyd yn unig: %n cofnod wedi’u dewis gan yr ymarferydd.</numerusform>
                <numerusform>Cofnodion a ddewiswyd yn unig: %n cofnod wedi’u dewis gan yr ymarferydd.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your name is not set; add it with `cpdlog profile set --name ...`.</source>
            <translation>Nid yw eich enw wedi’i osod; ychwanegwch ef gyda `cpdlog profile set --name ...`.</translation>
        </message>
        <message>
            <source>Entry {entry_id} is a draft and was left out (include drafts to add it).</source>
            <translation>Mae cofnod {entry_id} yn ddrafft ac fe’i gadawyd allan (cynhwyswch ddrafftiau i’w ychwanegu).</translation>
        </message>
        <message>
            <source>Progress for {regulator} is not shown: {problem}</source>
            <translation>Nid yw’r cynnydd ar gyfer {regulator} yn cael ei ddangos: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%n hours</source>
            <translation>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Crynodeb</translation>
        </message>
        <message numerus="yes">
            <source>This portfolio holds %n entries</source>
            <translation>
                <numerusform>Mae’r portffolio hwn yn cynnwys %n cofnod</numerusform>
                <numerusform>Mae’r portffolio hwn yn cynnwys %n cofnod</numerusform>
                <numerusform>Mae’r portffolio hwn yn cynnwys %n cofnod</numerusform>
                <numerusform>Mae’r portffolio hwn yn cynnwys %n cofnod</numerusform>
                <numerusform>Mae’r portffolio hwn yn cynnwys %n cofnod</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>totalling %n hours</source>
            <translation>
                <numerusform>sy’n dod i gyfanswm o %n awr</numerusform>
                <numerusform>sy’n dod i gyfanswm o %n awr</numerusform>
                <numerusform>sy’n dod i gyfanswm o %n awr</numerusform>
                <numerusform>sy’n dod i gyfanswm o %n awr</numerusform>
                <numerusform>sy’n dod i gyfanswm o %n awr</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n include a peer reflection</source>
            <translation>
                <numerusform>mae %n yn cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>mae %n yn cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>mae %n yn cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>mae %n yn cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>mae %n yn cynnwys myfyrio gyda chymheiriad</numerusform>
            </translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>DRAFFT</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Heb ei gofnodi</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>Pob dyddiad</translation>
        </message>
        <message>
            <source>Declare at renewal</source>
            <translation>Datgan wrth adnewyddu</translation>
        </message>
        <message numerus="yes">
            <source>%n pages</source>
            <translation>
                <numerusform>%n tudalen</numerusform>
                <numerusform>%n tudalen</numerusform>
                <numerusform>%n tudalen</numerusform>
                <numerusform>%n tudalen</numerusform>
                <numerusform>%n tudalen</numerusform>
            </translation>
        </message>
        <message>
            <source>Registration</source>
            <translation>Cofrestru</translation>
        </message>
        <message>
            <source>Regulator</source>
            <translation>Rheoleiddiwr</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Cyfnod</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Crëwyd</translation>
        </message>
        <message>
            <source>Total hours</source>
            <translation>Cyfanswm oriau</translation>
        </message>
        <message>
            <source>Hours by month</source>
            <translation>Oriau fesul mis</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>Gofynion</translation>
        </message>
        <message>
            <source>Standards coverage</source>
            <translation>Safonau a gwmpaswyd</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Snapshots of captured pages</source>
            <translation>Cipluniau o dudalennau a gadwyd</translation>
        </message>
        <message>
            <source>The readable text of each page as it was when it was captured, with its address and the time it was retrieved.</source>
            <translation>Testun darllenadwy pob tudalen fel yr oedd pan gafodd ei chadw, gyda’i chyfeiriad a’r amser y cafodd ei hadfer.</translation>
        </message>
        <message>
            <source>The rest of this snapshot is in its evidence file.</source>
            <translation>Mae gweddill y ciplun hwn yn ei ffeil dystiolaeth.</translation>
        </message>
        <message>
            <source>The snapshot for entry {number} is missing from the data folder.</source>
            <translation>Mae’r ciplun ar gyfer cofnod {number} ar goll o’r ffolder data.</translation>
        </message>
        <message>
            <source>Entry {number}: {title}</source>
            <translation>Cofnod {number}: {title}</translation>
        </message>
        <message>
            <source>The snapshot for entry {number} could not be read.</source>
            <translation>Nid oedd modd darllen y ciplun ar gyfer cofnod {number}.</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Oriau</translation>
        </message>
        <message>
            <source>Peer reflection</source>
            <translation>Myfyrio gyda chymheiriad</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Clawr</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Heb ei osod</translation>
        </message>
        <message numerus="yes">
            <source>Includes %n draft entries, marked DRAFT; drafts do not count towards the requirements.</source>
            <translation>
                <numerusform>Yn cynnwys %n cofnod drafft, wedi’u nodi’n DRAFFT; nid yw drafftiau’n cyfrif tuag at y gofynion.</numerusform>
                <numerusform>Yn cynnwys %n cofnod drafft, wedi’i nodi’n DRAFFT; nid yw drafftiau’n cyfrif tuag at y gofynion.</numerusform>
                <numerusform>Yn cynnwys %n cofnod drafft, wedi’u nodi’n DRAFFT; nid yw drafftiau’n cyfrif tuag at y gofynion.</numerusform>
                <numerusform>Yn cynnwys %n cofnod drafft, wedi’u nodi’n DRAFFT; nid yw drafftiau’n cyfrif tuag at y gofynion.</numerusform>
                <numerusform>Yn cynnwys %n cofnod drafft, wedi’u nodi’n DRAFFT; nid yw drafftiau’n cyfrif tuag at y gofynion.</numerusform>
            </translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Cynnwys</translation>
        </message>
        <message>
            <source>Hours by activity type</source>
            <translation>Oriau fesul math o weithgaredd</translation>
        </message>
        <message>
            <source>Not due this period</source>
            <translation>Ddim yn ddyledus y cyfnod hwn</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dyddiad</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dyddiadau</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Ffynhonnell</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Darparwr</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Awdur</translation>
        </message>
        <message>
            <source>Publication</source>
            <translation>Cyhoeddiad</translation>
        </message>
        <message>
            <source>Standards</source>
            <translation>Safonau</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tagiau</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <source>Notes on the source</source>
            <translation>Nodiadau am y ffynhonnell</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Tystiolaeth</translation>
        </message>
        <message>
            <source>a peer</source>
            <translation>cymheiriad</translation>
        </message>
        <message>
            <source>file</source>
            <translation>ffeil</translation>
        </message>
        <message>
            <source>Appended evidence (index)</source>
            <translation>Tystiolaeth atodedig (mynegai)</translation>
        </message>
        <message>
            <source>Appended evidence</source>
            <translation>Tystiolaeth atodedig</translation>
        </message>
        <message>
            <source>Peer discussion recorded by {who} on {date}.</source>
            <translation>Trafodaeth gyda chymheiriad a gofnodwyd gan {who} ar {date}.</translation>
        </message>
        <message>
            <source>Review and sign-off</source>
            <translation>Adolygu a chymeradwyo</translation>
        </message>
        <message>
            <source>Signed off by {who} on {date}.</source>
            <translation>Cymeradwywyd gan {who} ar {date}.</translation>
        </message>
        <message>
            <source>The entry is unchanged since this sign-off.</source>
            <translation>Nid yw'r cofnod wedi newid ers y gymeradwyaeth hon.</translation>
        </message>
        <message>
            <source>These PDF files were attached to entries as evidence. They follow this page unchanged, in this order.</source>
            <translation>Cafodd y ffeiliau PDF hyn eu hatodi i gofnodion fel tystiolaeth. Maen nhw’n dilyn y dudalen hon heb eu newid, yn y drefn hon.</translation>
        </message>
        <message>
            <source>There are no entries for this period.</source>
            <translation>Nid oes cofnodion ar gyfer y cyfnod hwn.</translation>
        </message>
        <message>
            <source>No hours are recorded on these entries.</source>
            <translation>Nid oes oriau wedi’u cofnodi ar y cofnodion hyn.</translation>
        </message>
        <message>
            <source>No regulator is set in the profile, so no requirements are checked.</source>
            <translation>Nid oes rheoleiddiwr wedi’i osod yn y proffil, felly nid oes gofynion yn cael eu gwirio.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Wedi’i fodloni</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Heb ei fodloni</translation>
        </message>
        <message>
            <source>This profile sets no minimum requirements.</source>
            <translation>Nid yw’r proffil hwn yn gosod isafswm gofynion.</translation>
        </message>
        <message>
            <source>Requirement</source>
            <translation>Gofyniad</translation>
        </message>
        <message>
            <source>Needed</source>
            <translation>Angen</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Wedi’u cofnodi</translation>
        </message>
        <message>
            <source>No entry is mapped to a professional standard.</source>
            <translation>Nid oes cofnod wedi’i gysylltu â safon broffesiynol.</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Safon</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>Fframwaith</translation>
        </message>
        <message>
            <source>not in cpdlog’s list of standards</source>
            <translation>nid yw yn rhestr safonau cpdlog</translation>
        </message>
        <message>
            <source>ENTRY {number}</source>
            <translation>COFNOD {number}</translation>
        </message>
        <message>
            <source>Discussed with {who} on {date}.</source>
            <translation>Trafodwyd gyda {who} ar {date}.</translation>
        </message>
        <message>
            <source>Discussed with {who}.</source>
            <translation>Trafodwyd gyda {who}.</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(dim enw)</translation>
        </message>
        <message>
            <source>Changed since it was signed off on {date}.</source>
            <translation>Wedi newid ers iddo gael ei gymeradwyo ar {date}.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Ffeil</translation>
        </message>
        <message>
            <source>For entry</source>
            <translation>Ar gyfer cofnod</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Tudalennau</translation>
        </message>
        <message>
            <source>Starts on</source>
            <translation>Yn dechrau ar</translation>
        </message>
        <message>
            <source>Made with cpdlog {version}. Each entry shows the practitioner's own words as recorded; evidence files are identified by their SHA-256 checksum.</source>
            <translation>Gwnaed gyda cpdlog {version}. Mae pob cofnod yn dangos geiriau’r ymarferydd ei hun fel y’u cofnodwyd; caiff ffeiliau tystiolaeth eu hadnabod gan eu swm gwirio SHA-256.</translation>
        </message>
        <message>
            <source>{name}, registration period {period}. Draft entries never count.</source>
            <translation>{name}, cyfnod cofrestru {period}. Nid yw cofnodion drafft byth yn cyfrif.</translation>
        </message>
        <message>
            <source>Evidence for entry {number}:</source>
            <translation>Tystiolaeth ar gyfer cofnod {number}:</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({kind}, {size}): kept with this entry; this type of file cannot be shown in a PDF.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ({kind}, {size}): wedi’i chadw gyda’r cofnod hwn; ni ellir dangos y math hwn o ffeil mewn PDF.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; could not be included: {reason}.</source>
            <translation>Nid oedd modd cynnwys &lt;b&gt;{name}&lt;/b&gt;: {reason}.</translation>
        </message>
        <message>
            <source>Name not set</source>
            <translation>Enw heb ei osod</translation>
        </message>
        <message numerus="yes">
            <source>%n other standards in {frameworks} have no entries yet.</source>
            <translation>
                <numerusform>%n safon arall yn {frameworks} heb gofnodion eto.</numerusform>
                <numerusform>%n safon arall yn {frameworks} heb gofnodion eto.</numerusform>
                <numerusform>%n safon arall yn {frameworks} heb gofnodion eto.</numerusform>
                <numerusform>%n safon arall yn {frameworks} heb gofnodion eto.</numerusform>
                <numerusform>%n safon arall yn {frameworks} heb gofnodion eto.</numerusform>
            </translation>
        </message>
        <message>
            <source>not yet complete</source>
            <translation>heb ei gwblhau eto</translation>
        </message>
        <message>
            <source>Not answered.</source>
            <translation>Heb ei ateb.</translation>
        </message>
        <message>
            <source>No written reflection.</source>
            <translation>Dim myfyrdod ysgrifenedig.</translation>
        </message>
        <message>
            <source>Reviewer's key: {fingerprint}.</source>
            <translation>Allwedd yr adolygydd: {fingerprint}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; (PDF, {pages}) is appended after the portfolio as &lt;b&gt;Evidence {label}&lt;/b&gt;, starting on page</source>
            <translation>Mae &lt;b&gt;{name}&lt;/b&gt; (PDF, {pages}) wedi’i atodi ar ôl y portffolio fel &lt;b&gt;Tystiolaeth {label}&lt;/b&gt;, gan ddechrau ar dudalen</translation>
        </message>
        <message>
            <source>page</source>
            <translation>tudalen</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.progress</name>
        <message numerus="yes">
            <source>%n days left</source>
            <translation>
                <numerusform>%n diwrnod ar ôl</numerusform>
                <numerusform>%n diwrnod ar ôl</numerusform>
                <numerusform>%n diwrnod ar ôl</numerusform>
                <numerusform>%n diwrnod ar ôl</numerusform>
                <numerusform>%n diwrnod ar ôl</numerusform>
            </translation>
        </message>
        <message>
            <source>today is the last day</source>
            <translation>heddiw yw’r diwrnod olaf</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} a {last}</translation>
        </message>
        <message numerus="yes">
            <source>%n hours</source>
            <translation>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
                <numerusform>%n awr</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n credits</source>
            <translation>
                <numerusform>%n credyd</numerusform>
                <numerusform>%n credyd</numerusform>
                <numerusform>%n credyd</numerusform>
                <numerusform>%n credyd</numerusform>
                <numerusform>%n credyd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries with a peer reflection</source>
            <translation>
                <numerusform>%n cofnod sy’n cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>%n cofnod sy’n cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>%n cofnod sy’n cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>%n cofnod sy’n cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>%n cofnod sy’n cynnwys myfyrio gyda chymheiriad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n written reflections</source>
            <translation>
                <numerusform>%n myfyrdod ysgrifenedig</numerusform>
                <numerusform>%n myfyrdod ysgrifenedig</numerusform>
                <numerusform>%n myfyrdod ysgrifenedig</numerusform>
                <numerusform>%n myfyrdod ysgrifenedig</numerusform>
                <numerusform>%n myfyrdod ysgrifenedig</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}” is still a draft, so it does not count; it still needs {needs}.</source>
            <translation>Drafft yw “{title}” o hyd, felly nid yw’n cyfrif; mae angen {needs} arno o hyd.</translation>
        </message>
        <message>
            <source>{amount} is needed by {deadline} — {when}{extra}.</source>
            <translation>Mae angen {amount} erbyn {deadline} — {when}{extra}.</translation>
        </message>
        <message>
            <source>{amount} are needed by {deadline} — {when}{extra}.</source>
            <translation>Mae angen {amount} erbyn {deadline} — {when}{extra}.</translation>
        </message>
        <message>
            <source>Confirm it when you renew, and keep your record.</source>
            <translation>Cadarnhewch hyn pan fyddwch yn adnewyddu, a chadwch eich cofnod.</translation>
        </message>
        <message>
            <source>There is no target to reach: confirm at renewal that you have done your CPD, and keep a record in case you are asked for it.</source>
            <translation>Nid oes targed i’w gyrraedd: cadarnhewch wrth adnewyddu eich bod wedi gwneud eich DPP, a chadwch gofnod rhag ofn y gofynnir amdano.</translation>
        </message>
        <message>
            <source>Every requirement is met.</source>
            <translation>Mae pob gofyniad wedi’i fodloni.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> neu </translation>
        </message>
        <message numerus="yes">
            <source>%n more hours</source>
            <translation>
                <numerusform>%n awr arall</numerusform>
                <numerusform>%n awr arall</numerusform>
                <numerusform>%n awr arall</numerusform>
                <numerusform>%n awr arall</numerusform>
                <numerusform>%n awr arall</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more credits</source>
            <translation>
                <numerusform>%n credyd arall</numerusform>
                <numerusform>%n credyd arall</numerusform>
                <numerusform>%n credyd arall</numerusform>
                <numerusform>%n credyd arall</numerusform>
                <numerusform>%n credyd arall</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more entries</source>
            <translation>
                <numerusform>%n cofnod arall</numerusform>
                <numerusform>%n cofnod arall</numerusform>
                <numerusform>%n cofnod arall</numerusform>
                <numerusform>%n cofnod arall</numerusform>
                <numerusform>%n cofnod arall</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more entries with a peer reflection</source>
            <translation>
                <numerusform>%n cofnod arall sy’n cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>%n cofnod arall sy’n cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>%n cofnod arall sy’n cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>%n cofnod arall sy’n cynnwys myfyrio gyda chymheiriad</numerusform>
                <numerusform>%n cofnod arall sy’n cynnwys myfyrio gyda chymheiriad</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more written reflections</source>
            <translation>
                <numerusform>%n myfyrdod ysgrifenedig arall</numerusform>
                <numerusform>%n myfyrdod ysgrifenedig arall</numerusform>
                <numerusform>%n myfyrdod ysgrifenedig arall</numerusform>
                <numerusform>%n myfyrdod ysgrifenedig arall</numerusform>
                <numerusform>%n myfyrdod ysgrifenedig arall</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}” is still a draft, so it does not count.</source>
            <translation>Drafft yw “{title}” o hyd, felly nid yw’n cyfrif.</translation>
        </message>
        <message>
            <source>Not met: {amount} was needed by the deadline of {deadline}{extra}.</source>
            <translation>Heb ei fodloni: roedd angen {amount} erbyn y dyddiad cau, {deadline}{extra}.</translation>
        </message>
        <message>
            <source>Not met: {amount} were needed by the deadline of {deadline}{extra}.</source>
            <translation>Heb ei fodloni: roedd angen {amount} erbyn y dyddiad cau, {deadline}{extra}.</translation>
        </message>
        <message>
            <source>Record {amount}.</source>
            <translation>Cofnodwch {amount}.</translation>
        </message>
        <message>
            <source>Not met by the deadline of {deadline}: {missing} was still needed.</source>
            <translation>Heb ei fodloni erbyn y dyddiad cau, {deadline}: roedd angen {missing} o hyd.</translation>
        </message>
        <message>
            <source>Not met by the deadline of {deadline}: {missing} were still needed.</source>
            <translation>Heb ei fodloni erbyn y dyddiad cau, {deadline}: roedd angen {missing} o hyd.</translation>
        </message>
        <message>
            <source>Still needed by {deadline}: {missing}.</source>
            <translation>Angen o hyd erbyn {deadline}: {missing}.</translation>
        </message>
        <message>
            <source>{entries} and {amount} counted</source>
            <translation>{entries} a {amount} wedi’u cyfrif</translation>
        </message>
        <message>
            <source>{amount} of {label}</source>
            <translation>{amount} o {label}</translation>
        </message>
        <message>
            <source>“{title}” is marked complete but is not finished, so it does not count; it still needs {needs}.</source>
            <translation>Mae “{title}” wedi’i nodi’n gyflawn ond nid yw wedi’i orffen, felly nid yw’n cyfrif; mae angen {needs} arno o hyd.</translation>
        </message>
        <message>
            <source>“{title}” is marked complete but is not finished, so it does not count.</source>
            <translation>Mae “{title}” wedi’i nodi’n gyflawn ond nid yw wedi’i orffen, felly nid yw’n cyfrif.</translation>
        </message>
        <message>
            <source>Not due this period: {label} — {reason}.</source>
            <translation>Ddim yn ddyledus y cyfnod hwn: {label} — {reason}.</translation>
        </message>
        <message>
            <source>Done: {amount}{extra}.</source>
            <translation>Wedi’i wneud: {amount}{extra}.</translation>
        </message>
        <message>
            <source>from an approved provider (record its approval number)</source>
            <translation>gan ddarparwr cymeradwy (cofnodwch rif cymeradwyo’r darparwr)</translation>
        </message>
        <message>
            <source>Record {amount}, {how}.</source>
            <translation>Cofnodwch {amount}, {how}.</translation>
        </message>
        <message>
            <source>{label}: there is no target to reach. Confirm at renewal that you have done it, and keep a record.</source>
            <translation>{label}: nid oes targed i’w gyrraedd. Cadarnhewch wrth adnewyddu eich bod wedi’i wneud, a chadwch gofnod.</translation>
        </message>
        <message>
            <source>including {amount} carried forward from the previous period</source>
            <translation>gan gynnwys {amount} a ddygwyd ymlaen o’r cyfnod blaenorol</translation>
        </message>
        <message>
            <source>your first period is shorter, so {target} of the usual {minimum} are needed</source>
            <translation>mae eich cyfnod cyntaf yn fyrrach, felly mae angen {target} o’r {minimum} arferol</translation>
        </message>
        <message>
            <source>Met: every requirement was met by the deadline of {deadline}.</source>
            <translation>Wedi’i fodloni: cafodd pob gofyniad ei fodloni erbyn y dyddiad cau, {deadline}.</translation>
        </message>
        <message>
            <source>“{title}” ends on {end}, after this period ends on {period_end}.</source>
            <translation>Mae “{title}” yn dod i ben ar {end}, ar ôl i’r cyfnod hwn ddod i ben ar {period_end}.</translation>
        </message>
        <message>
            <source>“{title}” is dated {date}, which is in the future.</source>
            <translation>Mae “{title}” wedi’i ddyddio {date}, sydd yn y dyfodol.</translation>
        </message>
        <message>
            <source>“{title}” has nothing under “{prompt}”; regulators look for the impact on your practice.</source>
            <translation>Nid oes dim o dan “{prompt}” yn “{title}”; mae rheoleiddwyr yn chwilio am yr effaith ar eich ymarfer.</translation>
        </message>
        <message>
            <source>“{title}” names a peer discussion but says nothing about what you learnt from it, so it does not count as a peer reflection.</source>
            <translation>Mae “{title}” yn enwi trafodaeth gyda chymheiriad ond nid yw’n dweud dim am yr hyn a ddysgoch ohoni, felly nid yw’n cyfrif fel myfyrio gyda chymheiriad.</translation>
        </message>
        <message>
            <source>{amount} do not count because of the limit: {caps}</source>
            <translation>nid yw {amount} yn cyfrif oherwydd y terfyn: {caps}</translation>
        </message>
        <message>
            <source>{amount} do not count because of a limit</source>
            <translation>nid yw {amount} yn cyfrif oherwydd terfyn</translation>
        </message>
        <message>
            <source>delivered {ways}</source>
            <translation>wedi’i ddarparu {ways}</translation>
        </message>
        <message>
            <source>“{title}” reads almost the same as “{other}”; a regulator expects different pieces of CPD.</source>
            <translation>Mae “{title}” bron yr un fath â “{other}”; mae rheoleiddiwr yn disgwyl darnau gwahanol o DPP.</translation>
        </message>
        <message>
            <source>“{title}” repeats “{other}” from {date}, an earlier period; CPD must be new for each period.</source>
            <translation>Mae “{title}” yn ailadrodd “{other}” o {date}, cyfnod cynharach; rhaid i DPP fod yn newydd ar gyfer pob cyfnod.</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.reminders</name>
        <message numerus="yes">
            <source>in %n days</source>
            <translation>
                <numerusform>ymhen %n diwrnod</numerusform>
                <numerusform>ymhen %n diwrnod</numerusform>
                <numerusform>ymhen %n diwrnod</numerusform>
                <numerusform>ymhen %n diwrnod</numerusform>
                <numerusform>ymhen %n diwrnod</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n unfinished entries. They do not count toward your CPD until you finish them.</source>
            <translation>
                <numerusform>Mae gennych %n cofnod heb eu gorffen. Nid ydynt yn cyfrif tuag at eich DPP nes i chi eu gorffen.</numerusform>
                <numerusform>Mae gennych %n cofnod heb ei orffen. Nid yw’n cyfrif tuag at eich DPP nes i chi ei orffen.</numerusform>
                <numerusform>Mae gennych %n cofnod heb eu gorffen. Nid ydynt yn cyfrif tuag at eich DPP nes i chi eu gorffen.</numerusform>
                <numerusform>Mae gennych %n cofnod heb eu gorffen. Nid ydynt yn cyfrif tuag at eich DPP nes i chi eu gorffen.</numerusform>
                <numerusform>Mae gennych %n cofnod heb eu gorffen. Nid ydynt yn cyfrif tuag at eich DPP nes i chi eu gorffen.</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>heddiw</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>yfory</translation>
        </message>
        <message numerus="yes">
            <source>You have %n complete entries for this period.</source>
            <translation>
                <numerusform>Mae gennych %n cofnod cyflawn ar gyfer y cyfnod hwn.</numerusform>
                <numerusform>Mae gennych %n cofnod cyflawn ar gyfer y cyfnod hwn.</numerusform>
                <numerusform>Mae gennych %n cofnod cyflawn ar gyfer y cyfnod hwn.</numerusform>
                <numerusform>Mae gennych %n cofnod cyflawn ar gyfer y cyfnod hwn.</numerusform>
                <numerusform>Mae gennych %n cofnod cyflawn ar gyfer y cyfnod hwn.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your {who}CPD is due {when}: {need} is needed.</source>
            <translation>Mae eich DPP {who}yn ddyledus {when}: mae angen {need}.</translation>
        </message>
        <message>
            <source>Your {who}CPD is due {when}: {need} are needed.</source>
            <translation>Mae eich DPP {who}yn ddyledus {when}: mae angen {need}.</translation>
        </message>
        <message>
            <source>{label}: {when} ({date}).</source>
            <translation>{label}: {when} ({date}).</translation>
        </message>
        <message>
            <source>CPD reminder</source>
            <translation>Nodyn atgoffa DPP</translation>
        </message>
        <message numerus="yes">
            <source>and %n more — open cpdlog to see them</source>
            <translation>
                <numerusform>a %n arall — agorwch cpdlog i'w gweld</numerusform>
                <numerusform>a %n arall — agorwch cpdlog i'w gweld</numerusform>
                <numerusform>a %n arall — agorwch cpdlog i'w gweld</numerusform>
                <numerusform>a %n arall — agorwch cpdlog i'w gweld</numerusform>
                <numerusform>a %n arall — agorwch cpdlog i'w gweld</numerusform>
            </translation>
        </message>
        <message>
            <source>Your {who}CPD is due {when}: confirm by then that you have done your CPD, and keep your record.</source>
            <translation>Mae eich DPP {who}yn ddyledus {when}: cadarnhewch erbyn hynny eich bod wedi gwneud eich DPP, a chadwch eich cofnod.</translation>
        </message>
        <message>
            <source>Your {who}CPD meets the set targets for the period ending {date}. Confirm the rest as your regulator asks when you renew, and keep your record.</source>
            <translation>Mae eich DPP {who}yn bodloni’r targedau a osodwyd ar gyfer y cyfnod sy’n dod i ben ar {date}. Cadarnhewch y gweddill fel y mae eich rheoleiddiwr yn gofyn pan fyddwch yn adnewyddu, a chadwch eich cofnod.</translation>
        </message>
        <message>
            <source>Your {who}CPD meets the requirements for the period ending {date}. Check anything else your regulator asks for when you renew.</source>
            <translation>Mae eich DPP {who}yn bodloni’r gofynion ar gyfer y cyfnod sy’n dod i ben ar {date}. Gwiriwch unrhyw beth arall y mae eich rheoleiddiwr yn gofyn amdano pan fyddwch yn adnewyddu.</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.review</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
                <numerusform>%n cofnod</numerusform>
            </translation>
        </message>
        <message>
            <source>Signed off by a reviewer: {signed} of {total}; {changed} changed since.</source>
            <translation>Wedi'u cymeradwyo gan adolygydd: {signed} o {total}; {changed} wedi newid ers hynny.</translation>
        </message>
        <message>
            <source>Signed off by a reviewer: {signed} of {total}.</source>
            <translation>Wedi'u cymeradwyo gan adolygydd: {signed} o {total}.</translation>
        </message>
        <message>
            <source>  - entry {number}, {title}: {changed}.</source>
            <translation>  - cofnod {number}, {title}: {changed}.</translation>
        </message>
        <message>
            <source>Signed off on {date} by {who}.</source>
            <translation>Cymeradwywyd ar {date} gan {who}.</translation>
        </message>
        <message>
            <source>Changed since it was signed off on {date}</source>
            <translation>Wedi newid ers iddo gael ei gymeradwyo ar {date}</translation>
        </message>
        <message>
            <source>Changed since it was signed off on {date} by {who}.</source>
            <translation>Wedi newid ers iddo gael ei gymeradwyo ar {date} gan {who}.</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.rules</name>
        <message>
            <source>nothing is needed in the registration period in which you were first registered</source>
            <translation>nid oes angen dim yn y cyfnod cofrestru pan gawsoch eich cofrestru gyntaf</translation>
        </message>
        <message>
            <source>it is due once every {n} periods; set your registration date to see whether this period is one</source>
            <translation>mae’n ddyledus unwaith bob {n} cyfnod; rhowch eich dyddiad cofrestru i weld ai’r cyfnod hwn yw un ohonynt</translation>
        </message>
        <message>
            <source>it is due once every {n} periods since you registered, and this is period {index}</source>
            <translation>mae’n ddyledus unwaith bob {n} cyfnod ers i chi gofrestru, a hwn yw eich cyfnod rhif {index}</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.sorting</name>
        <message>
            <source>Ascending</source>
            <translation>Esgynnol</translation>
        </message>
        <message>
            <source>Descending</source>
            <translation>Disgynnol</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.standards</name>
        <message>
            <source>{frameworks}: these standards are in English, as their regulator publishes them.</source>
            <translation>{frameworks}: mae'r safonau hyn yn Saesneg, fel y mae eu rheoleiddiwr yn eu cyhoeddi.</translation>
        </message>
        <message>
            <source>{frameworks}: these standards are in English, because cpdlog does not have their published Welsh wording yet.</source>
            <translation>{frameworks}: mae'r safonau hyn yn Saesneg, gan nad oes gan cpdlog eu geiriad Cymraeg cyhoeddedig eto.</translation>
        </message>
    </context>
    <context>
        <name>cpdlog.status</name>
        <message>
            <source>Complete</source>
            <translation>Cyflawn</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Drafft</translation>
        </message>
    </context>
</TS>
