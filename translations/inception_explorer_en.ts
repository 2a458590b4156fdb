<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ResultImages</name>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n thread</numerusform>
            <numerusform>CPU, %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::ActivationsPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n channel(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n channel</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::ChannelController</name>
    <message numerus="yes">
        <source>Indexing of %1 stopped after %n image(s); run it again to go on where it stopped.</source>
        <translation>
            <numerusform>Indexing of %1 stopped after %n image; run it again to go on where it stopped.</numerusform>
            <numerusform>Indexing of %1 stopped after %n images; run it again to go on where it stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) indexed for this network.</source>
        <translation>
            <numerusform>%1: %n image indexed for this network.</numerusform>
            <numerusform>%1: %n images indexed for this network.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already indexed and unchanged.</source>
        <translation>
            <numerusform>%n already indexed and unchanged.</numerusform>
            <numerusform>%n already indexed and unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (skipped); the last: %1</source>
        <translation>
            <numerusform>%n could not be read (skipped); the last: %1</numerusform>
            <numerusform>%n could not be read (skipped); the last: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n image(s) of %1 where this channel responds most (the part the cell at its maximum sees, with its value), and below the line images where it stays near zero.</source>
        <translation>
            <numerusform>The %n image of %1 where this channel responds most (the part the cell at its maximum sees, with its value), and below the line images where it stays near zero.</numerusform>
            <numerusform>The %n images of %1 where this channel responds most (the part the cell at its maximum sees, with its value), and below the line images where it stays near zero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) can no longer be read (shown dark).</source>
        <translation>
            <numerusform>%n image can no longer be read (shown dark).</numerusform>
            <numerusform>%n images can no longer be read (shown dark).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::ExplanationController</name>
    <message numerus="yes">
        <source>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3): %n gradient(s). Red: raises the class&apos;s logit; blue: lowers it.</source>
        <translation>
            <numerusform>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3): %n gradient. Red: raises the class&apos;s logit; blue: lowers it.</numerusform>
            <numerusform>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3): %n gradients. Red: raises the class&apos;s logit; blue: lowers it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3): %n gradient(s). Red: where the gradient is large (its sign is gone).</source>
        <translation>
            <numerusform>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3): %n gradient. Red: where the gradient is large (its sign is gone).</numerusform>
            <numerusform>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3): %n gradients. Red: where the gradient is large (its sign is gone).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::FolderRun</name>
    <message numerus="yes">
        <source>%1: %n image(s) classified</source>
        <translation>
            <numerusform>%1: %n image classified</numerusform>
            <numerusform>%1: %n images classified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be read</source>
        <translation>
            <numerusform>, %n could not be read</numerusform>
            <numerusform>, %n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder cancelled after %n image(s)</source>
        <translation>
            <numerusform>Folder cancelled after %n image</numerusform>
            <numerusform>Folder cancelled after %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::LivePanel</name>
    <message numerus="yes">
        <source>capture %1 fps · inference %2 fps
forward %3 ms · %n frame(s) skipped</source>
        <translation>
            <numerusform>capture %1 fps · inference %2 fps
forward %3 ms · %n frame skipped</numerusform>
            <numerusform>capture %1 fps · inference %2 fps
forward %3 ms · %n frames skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::NodeSearch</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::SweepDialog</name>
    <message numerus="yes">
        <source>Cancelled after %n image(s) of this batch.</source>
        <translation>
            <numerusform>Cancelled after %n image of this batch.</numerusform>
            <numerusform>Cancelled after %n images of this batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) swept in all.</source>
        <translation>
            <numerusform>%n image swept in all.</numerusform>
            <numerusform>%n images swept in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read; the last: %1</source>
        <translation>
            <numerusform>%n could not be read; the last: %1</numerusform>
            <numerusform>%n could not be read; the last: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweeping %n image(s)…</source>
        <translation>
            <numerusform>Sweeping %n image…</numerusform>
            <numerusform>Sweeping %n images…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::TourBar</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n step(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n step</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n steps</numerusform>
        </translation>
    </message>
</context>
</TS>
