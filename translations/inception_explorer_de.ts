<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ArchNode</name>
    <message>
        <source>network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>concat</source>
        <translation>Verkettung</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>Residuum</translation>
    </message>
    <message>
        <source>conv</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>maxpool</source>
        <translation>Max-Pooling</translation>
    </message>
    <message>
        <source>avgpool</source>
        <translation>Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>adaptive_avgpool</source>
        <translation>adaptives Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout-Schicht</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>vollständig verbundene Schicht</translation>
    </message>
    <message>
        <source>transform_input</source>
        <translation>Eingabetransformation</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large; choose a smaller scale.</source>
        <translation>%1 × %2 Pixel ist zu groß; bitte einen kleineren Maßstab wählen.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image.</source>
        <translation>Nicht genug Speicher für ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The whole diagram</source>
        <translation>Das ganze Diagramm</translation>
    </message>
    <message>
        <source>The current view</source>
        <translation>Die aktuelle Ansicht</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1-fach</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG-Maßstab</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>There is no network called %1.</source>
        <translation>Es gibt kein Netz namens %1.</translation>
    </message>
    <message>
        <source>%1 has no node of that name.</source>
        <translation>%1 hat keinen Knoten dieses Namens.</translation>
    </message>
    <message>
        <source>This request about %1 cannot be carried out here.</source>
        <translation>Diese Anforderung zu %1 lässt sich hier nicht ausführen.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be opened, read or written (permissions, a folder, a full disk?).</source>
        <translation>%1 lässt sich nicht öffnen, lesen oder schreiben (Rechte, ein Ordner, eine volle Platte?).</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated.</source>
        <translation>%1 ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>%1 contains program code; it is refused and nothing of it runs.</source>
        <translation>%1 enthält Programmcode; die Datei wird abgelehnt, nichts davon wird ausgeführt.</translation>
    </message>
    <message>
        <source>%1 is not in a format this program reads (for a picture: not an image).</source>
        <translation>%1 hat kein Format, das dieses Programm liest (bei einem Bild: kein Bild).</translation>
    </message>
    <message>
        <source>The weights in %1 do not fit this network.</source>
        <translation>Die Gewichte in %1 passen nicht zu diesem Netz.</translation>
    </message>
    <message>
        <source>%1 does not have the size or channels the network takes.</source>
        <translation>%1 hat nicht die Größe oder die Kanäle, die das Netz erwartet.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program while handling %1.</source>
        <translation>Bei der Verarbeitung von %1 ist im Programm ein Fehler aufgetreten.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>GoogLeNet: the whole network</source>
        <translation>GoogLeNet: das ganze Netz</translation>
    </message>
    <message>
        <source>Szegedy et al. 2014, figure 3. Nine Inception modules in three stages, max-pooling between the stages, global average pooling instead of large fully connected layers: 22 layers with weights, yet 12 times fewer parameters than AlexNet.</source>
        <translation>Szegedy et al. 2014, Abbildung 3. Neun Inception-Module in drei Stufen, Max-Pooling zwischen den Stufen, globales Mittelwert-Pooling statt großer vollständig verbundener Schichten: 22 Schichten mit Gewichten und doch zwölfmal weniger Parameter als AlexNet.</translation>
    </message>
    <message>
        <source>The Inception module, naive version</source>
        <translation>Das Inception-Modul, naive Fassung</translation>
    </message>
    <message>
        <source>Figure 2(a). 1×1, 3×3 and 5×5 convolutions and 3×3 max-pooling side by side on one input, concatenated. Drawn here with inception3a&apos;s filter counts on its 192×28×28 input: the pooling branch passes all 192 channels through, so the output widens at every module and the 5×5 convolutions see the full input depth. No published network has this module: it is built from the same ArchNode types, not from the live model.</source>
        <translation>Abbildung 2(a). 1×1-, 3×3- und 5×5-Faltungen und 3×3-Max-Pooling nebeneinander auf derselben Eingabe, verkettet. Hier mit den Filterzahlen von inception3a auf dessen Eingabe 192×28×28 gezeichnet: Der Pooling-Zweig reicht alle 192 Kanäle durch, daher wird die Ausgabe mit jedem Modul breiter, und die 5×5-Faltungen sehen die volle Eingabetiefe. Kein veröffentlichtes Netz hat dieses Modul: Es ist aus denselben ArchNode-Typen gebaut, nicht aus dem geladenen Modell.</translation>
    </message>
    <message>
        <source>The Inception module with dimension reductions</source>
        <translation>Das Inception-Modul mit Dimensionsreduktion</translation>
    </message>
    <message>
        <source>Figure 2(b), live: inception3a. 1×1 convolutions reduce the depth before the 3×3 and 5×5 convolutions and project the pooled branch, so the module costs a fraction of the naive one. (torchvision&apos;s GoogLeNet has a 3×3 convolution where the paper draws 5×5; kept, because its weights are shaped so.)</source>
        <translation>Abbildung 2(b), live: inception3a. 1×1-Faltungen verringern die Tiefe vor den 3×3- und 5×5-Faltungen und projizieren den Pooling-Zweig, sodass das Modul nur einen Bruchteil des naiven kostet. (Das GoogLeNet von torchvision hat eine 3×3-Faltung, wo das Paper 5×5 zeichnet; beibehalten, weil seine Gewichte diese Form haben.)</translation>
    </message>
    <message>
        <source>5×5 factorised into two 3×3 convolutions</source>
        <translation>5×5 zerlegt in zwei 3×3-Faltungen</translation>
    </message>
    <message>
        <source>BN-Inception inception_3a (the Inception-v3 paper&apos;s figure 5): two stacked 3×3 convolutions see a 5×5 window with 18/25 of the multiply-adds of one 5×5, and add a non-linearity between them. Every convolution is followed by batch normalisation.</source>
        <translation>BN-Inception inception_3a (Abbildung 5 des Inception-v3-Papers): Zwei gestapelte 3×3-Faltungen sehen ein 5×5-Fenster mit 18/25 der Multiplikationen-Additionen einer 5×5-Faltung und fügen eine Nichtlinearität dazwischen ein. Auf jede Faltung folgt eine Batch-Normalisierung.</translation>
    </message>
    <message>
        <source>n×n factorised into 1×n and n×1</source>
        <translation>n×n zerlegt in 1×n und n×1</translation>
    </message>
    <message>
        <source>Inception-v3 Mixed_6b (figure 6 of the paper; Mixed_6c…6e alike): a 7×7 convolution factorised into 1×7 followed by 7×1, 14 weights per filter position instead of 49. It works well on the medium 17×17 grid.</source>
        <translation>Inception-v3 Mixed_6b (Abbildung 6 des Papers; Mixed_6c…6e ebenso): Eine 7×7-Faltung zerlegt in 1×7 gefolgt von 7×1, 14 Gewichte je Filterposition statt 49. Das funktioniert gut auf dem mittleren 17×17-Raster.</translation>
    </message>
    <message>
        <source>Grid-size reduction that widens the filter bank</source>
        <translation>Rasterverkleinerung, die die Filterbank verbreitert</translation>
    </message>
    <message>
        <source>Inception-v3 Mixed_6a (figure 10): stride-2 convolutions and a stride-2 max-pool in parallel, concatenated. The grid shrinks from 35×35 to 17×17 while the channels grow from 288 to 768, without the representational bottleneck of pooling first. Mixed_7a does the same from 17×17 to 8×8.</source>
        <translation>Inception-v3 Mixed_6a (Abbildung 10): Faltungen mit Schrittweite 2 und ein Max-Pooling mit Schrittweite 2 parallel, verkettet. Das Raster schrumpft von 35×35 auf 17×17, während die Kanäle von 288 auf 768 wachsen, ohne den Repräsentationsengpass eines vorangestellten Poolings. Mixed_7a tut dasselbe von 17×17 auf 8×8.</translation>
    </message>
    <message>
        <source>Inception-v4: the whole network</source>
        <translation>Inception-v4: das ganze Netz</translation>
    </message>
    <message>
        <source>Szegedy et al. 2016, figure 9: stem, 4 × Inception-A, Reduction-A, 7 × Inception-B, Reduction-B, 3 × Inception-C, average pooling, dropout, softmax.</source>
        <translation>Szegedy et al. 2016, Abbildung 9: Stamm, 4 × Inception-A, Reduction-A, 7 × Inception-B, Reduction-B, 3 × Inception-C, Mittelwert-Pooling, Dropout, Softmax.</translation>
    </message>
    <message>
        <source>Inception-v4: the stem</source>
        <translation>Inception-v4: der Stamm</translation>
    </message>
    <message>
        <source>Figure 3: three plain convolutions, then three parallel steps, each concatenating a convolution with a pool or a second convolution path, from 3×299×299 to 384×35×35.</source>
        <translation>Abbildung 3: drei einfache Faltungen, dann drei parallele Schritte, die jeweils eine Faltung mit einem Pooling oder einem zweiten Faltungspfad verketten, von 3×299×299 auf 384×35×35.</translation>
    </message>
    <message>
        <source>Inception-v4: Inception-A</source>
        <translation>Inception-v4: Inception-A-Modul</translation>
    </message>
    <message>
        <source>Figure 4: the 35×35 module. Four branches of 96 channels each; the 5×5 is two stacked 3×3 convolutions.</source>
        <translation>Abbildung 4: das 35×35-Modul. Vier Zweige mit je 96 Kanälen; die 5×5-Faltung besteht aus zwei gestapelten 3×3-Faltungen.</translation>
    </message>
    <message>
        <source>Inception-v4: Reduction-A</source>
        <translation>Inception-v4: Reduction-A-Modul</translation>
    </message>
    <message>
        <source>Figure 7: 35×35 to 17×17 with k=192, l=224, m=256, n=384 filters; the max-pooled branch keeps its 384 channels.</source>
        <translation>Abbildung 7: von 35×35 auf 17×17 mit k=192, l=224, m=256, n=384 Filtern; der Max-Pooling-Zweig behält seine 384 Kanäle.</translation>
    </message>
    <message>
        <source>Inception-v4: Inception-B</source>
        <translation>Inception-v4: Inception-B-Modul</translation>
    </message>
    <message>
        <source>Figure 5: the 17×17 module, 7×7 convolutions factorised into 1×7 and 7×1.</source>
        <translation>Abbildung 5: das 17×17-Modul, 7×7-Faltungen zerlegt in 1×7 und 7×1.</translation>
    </message>
    <message>
        <source>Inception-v4: Reduction-B</source>
        <translation>Inception-v4: Reduction-B-Modul</translation>
    </message>
    <message>
        <source>Figure 8: 17×17 to 8×8, a 3×3 stride-2 path, a 1×7 / 7×1 path and a max-pool.</source>
        <translation>Abbildung 8: von 17×17 auf 8×8, ein 3×3-Pfad mit Schrittweite 2, ein 1×7-/7×1-Pfad und ein Max-Pooling.</translation>
    </message>
    <message>
        <source>Inception-v4: Inception-C</source>
        <translation>Inception-v4: Inception-C-Modul</translation>
    </message>
    <message>
        <source>Figure 6: the 8×8 module; its 3×3 paths split into parallel 1×3 and 3×1 convolutions whose outputs are concatenated (an expanded filter bank).</source>
        <translation>Abbildung 6: das 8×8-Modul; seine 3×3-Pfade teilen sich in parallele 1×3- und 3×1-Faltungen, deren Ausgaben verkettet werden (eine erweiterte Filterbank).</translation>
    </message>
    <message>
        <source>Inception-ResNet-v2: Inception-ResNet-A</source>
        <translation>Inception-ResNet-v2: Inception-ResNet-A-Modul</translation>
    </message>
    <message>
        <source>Figure 16 (Block35, 35×35): an Inception module whose concatenated output is projected by a linear 1×1 convolution, scaled by 0.17 and added to its input.</source>
        <translation>Abbildung 16 (Block35, 35×35): ein Inception-Modul, dessen verkettete Ausgabe durch eine lineare 1×1-Faltung projiziert, mit 0,17 skaliert und zu seiner Eingabe addiert wird.</translation>
    </message>
    <message>
        <source>Inception-ResNet-v2: Inception-ResNet-B</source>
        <translation>Inception-ResNet-v2: Inception-ResNet-B-Modul</translation>
    </message>
    <message>
        <source>Figure 17 (Block17, 17×17): a 1×7 / 7×1 path beside a 1×1, projected, scaled by 0.10 and added to the input.</source>
        <translation>Abbildung 17 (Block17, 17×17): ein 1×7-/7×1-Pfad neben einer 1×1-Faltung, projiziert, mit 0,10 skaliert und zur Eingabe addiert.</translation>
    </message>
    <message>
        <source>Inception-ResNet-v2: Inception-ResNet-C</source>
        <translation>Inception-ResNet-v2: Inception-ResNet-C-Modul</translation>
    </message>
    <message>
        <source>Figure 19 (Block8, 8×8): a 1×3 / 3×1 path beside a 1×1, projected, scaled by 0.20 and added. Scaling the residuals down keeps very deep training stable.</source>
        <translation>Abbildung 19 (Block8, 8×8): ein 1×3-/3×1-Pfad neben einer 1×1-Faltung, projiziert, mit 0,20 skaliert und addiert. Das Herunterskalieren der Residuen hält das Training sehr tiefer Netze stabil.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>No tour with steps is open.</source>
        <translation>Keine Tour mit Schritten ist geöffnet.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write into %1.</source>
        <translation>In %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The handout was cancelled.</source>
        <translation>Das Handout wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>3×3 where the paper has 5×5</source>
        <translation>3×3, wo das Paper 5×5 hat</translation>
    </message>
    <message>
        <source>Each Inception module&apos;s third branch reduces with a 1×1 convolution and then applies a 5×5 convolution.</source>
        <translation>Der dritte Zweig jedes Inception-Moduls reduziert mit einer 1×1-Faltung und wendet dann eine 5×5-Faltung an.</translation>
    </message>
    <message>
        <source>torchvision&apos;s GoogLeNet applies a 3×3 convolution there; a comment in its source calls this a known bug (pytorch/vision issue 906). The published weights are shaped 3×3.</source>
        <translation>torchvisions GoogLeNet verwendet dort eine 3×3-Faltung; ein Kommentar im Quelltext nennt das einen bekannten Fehler (pytorch/vision Issue 906). Die veröffentlichten Gewichte haben die Form 3×3.</translation>
    </message>
    <message>
        <source>Follows the reference, so that its weights load: 3×3 (padding 1). The figure of the naive module is drawn with the paper&apos;s 5×5.</source>
        <translation>Folgt der Referenz, damit deren Gewichte passen: 3×3 (Padding 1). Die Abbildung des naiven Moduls ist mit dem 5×5 des Papers gezeichnet.</translation>
    </message>
    <message>
        <source>Batch normalisation after every convolution</source>
        <translation>Batch-Normalisierung nach jeder Faltung</translation>
    </message>
    <message>
        <source>No batch normalisation: the paper (arXiv 1409.4842, September 2014) predates it (arXiv 1502.03167, February 2015).</source>
        <translation>Keine Batch-Normalisierung: Das Paper (arXiv 1409.4842, September 2014) ist älter als sie (arXiv 1502.03167, Februar 2015).</translation>
    </message>
    <message>
        <source>torchvision&apos;s building block is a convolution without bias, batch normalisation (eps 0.001) and ReLU, used for every convolution.</source>
        <translation>torchvisions Baustein ist eine Faltung ohne Bias, Batch-Normalisierung (eps 0,001) und ReLU, verwendet für jede Faltung.</translation>
    </message>
    <message>
        <source>Follows the reference: every convolution is followed by batch normalisation with eps 0.001 (folded into the convolution in the compiled plan).</source>
        <translation>Folgt der Referenz: Auf jede Faltung folgt eine Batch-Normalisierung mit eps 0,001 (im kompilierten Plan in die Faltung eingerechnet).</translation>
    </message>
    <message>
        <source>A 5×5 branch beside the two 3×3s</source>
        <translation>Ein 5×5-Zweig neben den zwei 3×3</translation>
    </message>
    <message>
        <source>Figure 5 of the paper (arXiv 1512.00567) replaces each 5×5 convolution of the 35×35 modules by two 3×3 convolutions: the module has no 5×5 left.</source>
        <translation>Abbildung 5 des Papers (arXiv 1512.00567) ersetzt jede 5×5-Faltung der 35×35-Module durch zwei 3×3-Faltungen: im Modul bleibt keine 5×5.</translation>
    </message>
    <message>
        <source>torchvision&apos;s InceptionA has both: a branch of a 1×1 (48 filters) and a 5×5 convolution (64), and a branch of a 1×1 and two 3×3 convolutions (96).</source>
        <translation>torchvisions InceptionA hat beides: einen Zweig aus einer 1×1- (48 Filter) und einer 5×5-Faltung (64) und einen Zweig aus einer 1×1- und zwei 3×3-Faltungen (96).</translation>
    </message>
    <message>
        <source>Follows the reference, so that its weights load: four branches, one of them with the 5×5.</source>
        <translation>Folgt der Referenz, damit deren Gewichte laden: vier Zweige, einer davon mit der 5×5.</translation>
    </message>
    <message>
        <source>The stem ends in a 1×1 convolution and a max pool</source>
        <translation>Der Stamm endet mit einer 1×1-Faltung und einem Max-Pooling</translation>
    </message>
    <message>
        <source>Table 1 of the paper lists, after the first pool, three 3×3 convolutions: to 80 channels, to 192 with stride 2, and one more, so that 35×35×288 enters the first Inception modules.</source>
        <translation>Tabelle 1 des Papers nennt nach dem ersten Pooling drei 3×3-Faltungen: auf 80 Kanäle, auf 192 mit Schrittweite 2 und eine weitere, sodass 35×35×288 in die ersten Inception-Module geht.</translation>
    </message>
    <message>
        <source>torchvision has a 1×1 convolution to 80 channels, a 3×3 to 192 and a 3×3 max pool of stride 2: 35×35×192 enters Mixed_5b.</source>
        <translation>torchvision hat eine 1×1-Faltung auf 80 Kanäle, eine 3×3 auf 192 und ein 3×3-Max-Pooling mit Schrittweite 2: 35×35×192 geht in Mixed_5b.</translation>
    </message>
    <message>
        <source>Follows the reference: the diagram&apos;s shapes are the reference&apos;s (192 channels at 35×35, not the table&apos;s 288).</source>
        <translation>Folgt der Referenz: Das Diagramm zeigt deren Formen (192 Kanäle bei 35×35, nicht die 288 der Tabelle).</translation>
    </message>
    <message>
        <source>The first 35×35 module is narrower</source>
        <translation>Das erste 35×35-Modul ist schmaler</translation>
    </message>
    <message>
        <source>Three alike Inception modules at 35×35 with 288 channels (Table 1).</source>
        <translation>Drei gleiche Inception-Module bei 35×35 mit 288 Kanälen (Tabelle 1).</translation>
    </message>
    <message>
        <source>torchvision&apos;s Mixed_5b gives its pool branch 32 filters (256 channels out); Mixed_5c and Mixed_5d give it 64 (288 out).</source>
        <translation>torchvisions Mixed_5b gibt seinem Pooling-Zweig 32 Filter (256 Kanäle heraus); Mixed_5c und Mixed_5d geben ihm 64 (288 heraus).</translation>
    </message>
    <message>
        <source>Follows the reference: 256, 288 and 288 channels.</source>
        <translation>Folgt der Referenz: 256, 288 und 288 Kanäle.</translation>
    </message>
    <message>
        <source>Inception-C: the 3×1 before the 1×3</source>
        <translation>Inception-C: die 3×1 vor der 1×3</translation>
    </message>
    <message>
        <source>Figure 6 of the paper (arXiv 1602.07261): the fourth branch of Inception-C is a 1×1 convolution (384 filters), a 1×3 (448) and a 3×1 (512), then a 1×3 and a 3×1 (256 each) side by side.</source>
        <translation>Abbildung 6 des Artikels (arXiv 1602.07261): Der vierte Zweig von Inception-C ist eine 1×1-Faltung (384 Filter), eine 1×3- (448) und eine 3×1-Faltung (512), dann eine 1×3- und eine 3×1-Faltung (je 256) nebeneinander.</translation>
    </message>
    <message>
        <source>timm&apos;s InceptionC has the two in the other order: the 3×1 (448 filters) first, the 1×3 (512) second; its kernels are shaped 448×384×3×1 and 512×448×1×3.</source>
        <translation>timms InceptionC hat die beiden in umgekehrter Reihenfolge: zuerst die 3×1 (448 Filter), dann die 1×3 (512); ihre Kerne haben die Formen 448×384×3×1 und 512×448×1×3.</translation>
    </message>
    <message>
        <source>Follows the reference, so that its weights load: 3×1, then 1×3, in all three Inception-C modules.</source>
        <translation>Folgt der Referenz, damit deren Gewichte laden: 3×1, dann 1×3, in allen drei Inception-C-Modulen.</translation>
    </message>
    <message>
        <source>Twice as many residual blocks</source>
        <translation>Doppelt so viele Residualblöcke</translation>
    </message>
    <message>
        <source>Figure 15 of the paper (arXiv 1602.07261) draws Inception-ResNet-v2 with 5 Inception-ResNet-A, 10 Inception-ResNet-B and 5 Inception-ResNet-C blocks.</source>
        <translation>Abbildung 15 des Artikels (arXiv 1602.07261) zeichnet Inception-ResNet-v2 mit 5 Inception-ResNet-A-, 10 Inception-ResNet-B- und 5 Inception-ResNet-C-Blöcken.</translation>
    </message>
    <message>
        <source>timm&apos;s network has 10 Block35 (repeat.0–9), 20 Block17 (repeat_1.0–19) and 10 Block8 (repeat_2.0–8 and block8), as Google&apos;s released TensorFlow network has.</source>
        <translation>timms Netz hat 10 Block35 (repeat.0–9), 20 Block17 (repeat_1.0–19) und 10 Block8 (repeat_2.0–8 und block8), wie das von Google veröffentlichte TensorFlow-Netz.</translation>
    </message>
    <message>
        <source>Follows the reference: 10, 20 and 10 blocks, every one drawn.</source>
        <translation>Folgt der Referenz: 10, 20 und 10 Blöcke, jeder einzelne gezeichnet.</translation>
    </message>
    <message>
        <source>The stem of Inception-v3, not of Inception-v4</source>
        <translation>Der Stamm von Inception-v3, nicht von Inception-v4</translation>
    </message>
    <message>
        <source>The paper gives Inception-ResNet-v2 the stem of Inception-v4 (Figure 3), with branches already in the stem, and 384 channels at 35×35.</source>
        <translation>Der Artikel gibt Inception-ResNet-v2 den Stamm von Inception-v4 (Abbildung 3), mit Zweigen schon im Stamm und 384 Kanälen bei 35×35.</translation>
    </message>
    <message>
        <source>timm&apos;s stem is a chain like Inception-v3&apos;s: 3×3 convolutions, a max pool, a 1×1 to 80 channels, a 3×3 to 192 and a max pool, then a four-branch module (mixed_5b) with 320 channels at 35×35.</source>
        <translation>timms Stamm ist eine Kette wie der von Inception-v3: 3×3-Faltungen, ein Max-Pooling, eine 1×1-Faltung auf 80 Kanäle, eine 3×3 auf 192 und ein Max-Pooling, dann ein Modul mit vier Zweigen (mixed_5b) mit 320 Kanälen bei 35×35.</translation>
    </message>
    <message>
        <source>Follows the reference: 320 channels enter the first residual block, not the paper&apos;s 384.</source>
        <translation>Folgt der Referenz: 320 Kanäle gehen in den ersten Residualblock, nicht die 384 des Artikels.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1×%2 conv → %3</source>
        <translation>%1×%2-Faltung → %3</translation>
    </message>
    <message>
        <source>%1 params · %2 MACs</source>
        <translation>%1 Param. · %2 MACs</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>keine Parameter</translation>
    </message>
    <message>
        <source>%1 — double-click to close</source>
        <translation>%1 — Doppelklick schließt</translation>
    </message>
    <message>
        <source>residual sum</source>
        <translation>Residualsumme</translation>
    </message>
    <message>
        <source>concatenation</source>
        <translation>Verkettung</translation>
    </message>
    <message>
        <source>split</source>
        <translation>Verzweigung</translation>
    </message>
    <message>
        <source>%1 G</source>
        <translation>%1 G</translation>
    </message>
    <message>
        <source>%1 M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>%1 k</source>
        <translation>%1 k</translation>
    </message>
    <message>
        <source>knocked out: each channel set to its mean</source>
        <translation>ausgeschaltet: jeder Kanal auf seinen Mittelwert gesetzt</translation>
    </message>
    <message>
        <source>knocked out: set to zero</source>
        <translation>ausgeschaltet: auf null gesetzt</translation>
    </message>
    <message>
        <source>%1 conv</source>
        <comment>a layer inside a branch: 3×3/2 conv</comment>
        <translation>%1-Faltung</translation>
    </message>
    <message>
        <source>%1 max pool</source>
        <translation>%1-Max-Pooling</translation>
    </message>
    <message>
        <source>%1 avg pool</source>
        <translation>%1-Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>global avg pool</source>
        <translation>globales Mittelwert-Pooling</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>Linearschicht</translation>
    </message>
    <message>
        <source>knocked out: mean</source>
        <translation>ausgeschaltet: Mittelwert</translation>
    </message>
    <message>
        <source>knocked out: zero</source>
        <translation>ausgeschaltet: auf null</translation>
    </message>
</context>
<context>
    <name>ResultImages</name>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The selected node has no spatial map; Grad-CAM is taken at %1.</source>
        <translation>Der gewählte Knoten hat keine räumliche Karte; Grad-CAM wird bei %1 berechnet.</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU, %n Thread</numerusform>
            <numerusform>CPU, %n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>, bfloat16</source>
        <translation>, bfloat16</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>From GoogLeNet to Inception-ResNet</source>
        <translation>Von GoogLeNet zu Inception-ResNet</translation>
    </message>
    <message>
        <source>Why not simply bigger?</source>
        <translation>Warum nicht einfach größer?</translation>
    </message>
    <message>
        <source>The plain way to a better network is to make it deeper and wider. But a convolution&apos;s cost grows with the product of its input and output widths: widen two stacked layers and the cost grows fourfold, and most of the new weights end up near zero. GoogLeNet&apos;s answer spends {macs:googlenet} multiply-adds and {params:googlenet} parameters per image where they pay.</source>
        <translation>Der einfache Weg zu einem besseren Netz: tiefer und breiter machen. Doch die Kosten einer Faltung wachsen mit dem Produkt aus Eingangs- und Ausgangsbreite: Verbreitert man zwei gestapelte Schichten, vervierfachen sich die Kosten, und die meisten neuen Gewichte landen nahe null. GoogLeNets Antwort setzt {macs:googlenet} Multiplikationen-Additionen und {params:googlenet} Parameter je Bild dort ein, wo sie sich lohnen.</translation>
    </message>
    <message>
        <source>Drop a photograph to show that it runs. Point out the depth: 22 layers with weights. The question for the hour: how can width and depth grow while the budget stays?</source>
        <translation>Ein Foto hineinziehen, um zu zeigen, dass es läuft. Auf die Tiefe hinweisen: 22 Schichten mit Gewichten. Die Frage der Stunde: Wie können Breite und Tiefe wachsen, während das Budget gleich bleibt?</translation>
    </message>
    <message>
        <source>The naive Inception module</source>
        <translation>Das naive Inception-Modul</translation>
    </message>
    <message>
        <source>Look at one place of the image with filters of several sizes at once — 1×1, 3×3, 5×5 and a pooling — and stack the answers. Drawn on inception3a&apos;s input ({shape:googlenet/inception3a.branch1} is only its first branch&apos;s output), the 5×5 filters see every input channel, and the pooling branch carries all of them on: the output only ever widens.</source>
        <translation>Eine Stelle des Bildes mit Filtern mehrerer Größen zugleich betrachten — 1×1, 3×3, 5×5 und ein Pooling — und die Antworten stapeln. Auf der Eingabe von inception3a gezeichnet ({shape:googlenet/inception3a.branch1} ist nur die Ausgabe seines ersten Zweigs) sehen die 5×5-Filter jeden Eingangskanal, und der Pooling-Zweig reicht sie alle weiter: Die Ausgabe wird nur immer breiter.</translation>
    </message>
    <message>
        <source>No published network has this module. It is the idea before the fix: ask the room what happens to the width after nine such modules.</source>
        <translation>Kein veröffentlichtes Netz hat dieses Modul. Es ist die Idee vor der Korrektur: Fragen Sie, was nach neun solchen Modulen mit der Breite geschieht.</translation>
    </message>
    <message>
        <source>1×1 reductions</source>
        <translation>1×1-Reduktionen</translation>
    </message>
    <message>
        <source>A 1×1 convolution before the 3×3 and 5×5 filters, and after the pooling, shrinks the depth they work on. inception3a costs {macs:googlenet/inception3a} multiply-adds with {params:googlenet/inception3a} parameters: {saving:reductions} less than the naive module on the same input.</source>
        <translation>Eine 1×1-Faltung vor den 3×3- und 5×5-Filtern und nach dem Pooling verringert die Tiefe, mit der sie arbeiten. inception3a kostet {macs:googlenet/inception3a} Multiplikationen-Additionen bei {params:googlenet/inception3a} Parametern: {saving:reductions} weniger als das naive Modul auf derselben Eingabe.</translation>
    </message>
    <message>
        <source>Open a branch and show the reduce layer&apos;s width. The saving is computed from the two trees, not quoted from the paper.</source>
        <translation>Einen Zweig öffnen und die Breite der Reduktionsschicht zeigen. Die Ersparnis wird aus den beiden Bäumen berechnet, nicht aus dem Paper zitiert.</translation>
    </message>
    <message>
        <source>GoogLeNet</source>
        <translation>GoogLeNet</translation>
    </message>
    <message>
        <source>Nine Inception modules in three stages, max-pooling between the stages, global average pooling instead of big fully connected layers. The last module gives {shape:googlenet/inception5b}; the whole network has {params:googlenet} parameters.</source>
        <translation>Neun Inception-Module in drei Stufen, Max-Pooling zwischen den Stufen, globales Average-Pooling statt großer vollverbundener Schichten. Das letzte Modul liefert {shape:googlenet/inception5b}; das ganze Netz hat {params:googlenet} Parameter.</translation>
    </message>
    <message>
        <source>Click through the stages with the arrow keys. Mention the auxiliary classifiers used only in training.</source>
        <translation>Mit den Pfeiltasten durch die Stufen gehen. Die Hilfsklassifikatoren erwähnen, die nur im Training verwendet werden.</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>While a network trains, every layer&apos;s input distribution keeps moving with the layers before it. Normalising each channel over the batch steadies it, so larger learning rates work. BN-Inception has {params:bn_inception} parameters; the Training dock shows this project&apos;s own runs of the small network with and without batch normalisation.</source>
        <translation>Während ein Netz trainiert, verschiebt sich die Eingangsverteilung jeder Schicht mit den Schichten davor. Jeden Kanal über den Batch zu normalisieren stabilisiert sie, sodass größere Lernraten funktionieren. BN-Inception hat {params:bn_inception} Parameter; das Training-Dock zeigt die eigenen Läufe dieses Projekts mit dem kleinen Netz, mit und ohne Batch-Normalisierung.</translation>
    </message>
    <message>
        <source>Compare the curves at learning rate 0.1: without batch normalisation the run stalls. These runs were measured by the project on Fashion-MNIST.</source>
        <translation>Die Kurven bei Lernrate 0,1 vergleichen: Ohne Batch-Normalisierung kommt der Lauf nicht voran. Diese Läufe hat das Projekt auf Fashion-MNIST gemessen.</translation>
    </message>
    <message>
        <source>5×5 as two 3×3</source>
        <translation>5×5 als zwei 3×3</translation>
    </message>
    <message>
        <source>Two stacked 3×3 convolutions see the same 5×5 patch as one 5×5 convolution, with a non-linearity between them, and cost {saving:5x5} less at equal widths. BN-Inception&apos;s inception_3a uses the pair.</source>
        <translation>Zwei gestapelte 3×3-Faltungen sehen denselben 5×5-Ausschnitt wie eine 5×5-Faltung, mit einer Nichtlinearität dazwischen, und kosten bei gleichen Breiten {saving:5x5} weniger. BN-Inceptions inception_3a verwendet das Paar.</translation>
    </message>
    <message>
        <source>Show the receptive field of the second 3×3 in Details: the same as a 5×5.</source>
        <translation>Das rezeptive Feld der zweiten 3×3 in den Details zeigen: dasselbe wie bei einer 5×5.</translation>
    </message>
    <message>
        <source>n×n as 1×n and n×1</source>
        <translation>n×n als 1×n und n×1</translation>
    </message>
    <message>
        <source>Factorise further: a 1×7 convolution followed by a 7×1 one covers a 7×7 patch for {saving:7x7} less at equal widths. Inception-v3&apos;s Mixed_6b uses it on the 17×17 grid; its 7×7 branch costs {macs:inception_v3/Mixed_6b.branch7x7} multiply-adds.</source>
        <translation>Weiter zerlegen: Eine 1×7-Faltung, gefolgt von einer 7×1-Faltung, deckt einen 7×7-Ausschnitt ab und kostet bei gleichen Breiten {saving:7x7} weniger. Inception-v3s Mixed_6b nutzt das auf dem 17×17-Gitter; sein 7×7-Zweig kostet {macs:inception_v3/Mixed_6b.branch7x7} Multiplikationen-Additionen.</translation>
    </message>
    <message>
        <source>The paper found this works best on medium grids (12 to 20), not early in the network.</source>
        <translation>Laut Paper wirkt das am besten auf mittleren Gittern (12 bis 20), nicht früh im Netz.</translation>
    </message>
    <message>
        <source>Grid-size reduction</source>
        <translation>Verkleinerung des Gitters</translation>
    </message>
    <message>
        <source>Pooling first loses information, widening first costs too much. Inception-v3 does both at once: strided convolutions and a pooling side by side, concatenated. Mixed_6a takes {shape:inception_v3/Mixed_5d} to {shape:inception_v3/Mixed_6a}.</source>
        <translation>Zuerst zu poolen verliert Information, zuerst zu verbreitern kostet zu viel. Inception-v3 tut beides zugleich: Faltungen mit Schrittweite und ein Pooling nebeneinander, verkettet. Mixed_6a macht aus {shape:inception_v3/Mixed_5d} {shape:inception_v3/Mixed_6a}.</translation>
    </message>
    <message>
        <source>Point at the stride-2 layers: the grid halves while the channels grow.</source>
        <translation>Auf die Schichten mit Schrittweite 2 zeigen: Das Gitter halbiert sich, während die Kanäle wachsen.</translation>
    </message>
    <message>
        <source>Inception-v4</source>
        <translation>Inception-v4</translation>
    </message>
    <message>
        <source>A uniform design: a stem, four Inception-A, a Reduction-A, seven Inception-B, a Reduction-B and three Inception-C. {params:inception_v4} parameters, {macs:inception_v4} multiply-adds per 299×299 image.</source>
        <translation>Ein einheitlicher Aufbau: ein Stamm, vier Inception-A, eine Reduction-A, sieben Inception-B, eine Reduction-B und drei Inception-C. {params:inception_v4} Parameter, {macs:inception_v4} Multiplikationen-Additionen je 299×299-Bild.</translation>
    </message>
    <message>
        <source>Compare with GoogLeNet&apos;s numbers from the first steps.</source>
        <translation>Mit GoogLeNets Zahlen aus den ersten Schritten vergleichen.</translation>
    </message>
    <message>
        <source>Inception-v4: the stem</source>
        <translation>Inception-v4: der Stamm</translation>
    </message>
    <message>
        <source>Before the first Inception block the stem takes the 299×299 picture down to {shape:inception_v4/stem}, with branches already: a pooling beside a strided convolution, twice.</source>
        <translation>Vor dem ersten Inception-Block bringt der Stamm das 299×299-Bild auf {shape:inception_v4/stem}, schon mit Zweigen: ein Pooling neben einer Faltung mit Schrittweite, zweimal.</translation>
    </message>
    <message>
        <source>The stem alone has {params:inception_v4/stem} parameters.</source>
        <translation>Allein der Stamm hat {params:inception_v4/stem} Parameter.</translation>
    </message>
    <message>
        <source>Inception-A</source>
        <translation>Inception-A</translation>
    </message>
    <message>
        <source>On the 35×35 grid: 1×1, 3×3, two 3×3 and an average pooling, each block {macs:inception_v4/features.6} multiply-adds, output {shape:inception_v4/features.6}.</source>
        <translation>Auf dem 35×35-Gitter: 1×1, 3×3, zwei 3×3 und ein Average-Pooling, jeder Block {macs:inception_v4/features.6} Multiplikationen-Additionen, Ausgabe {shape:inception_v4/features.6}.</translation>
    </message>
    <message>
        <source>The two 3×3 are the 5×5 of step 6.</source>
        <translation>Die zwei 3×3 sind die 5×5 aus Schritt 6.</translation>
    </message>
    <message>
        <source>Reduction-A</source>
        <translation>Reduction-A</translation>
    </message>
    <message>
        <source>From 35×35 to {shape:inception_v4/features.10}: the grid-size reduction of step 8 with Inception-v4&apos;s widths.</source>
        <translation>Von 35×35 auf {shape:inception_v4/features.10}: die Gitterverkleinerung aus Schritt 8 mit den Breiten von Inception-v4.</translation>
    </message>
    <message>
        <source>No pooling projection here: the pooling branch passes its channels through.</source>
        <translation>Hier keine Projektion nach dem Pooling: Der Pooling-Zweig reicht seine Kanäle durch.</translation>
    </message>
    <message>
        <source>Inception-B</source>
        <translation>Inception-B</translation>
    </message>
    <message>
        <source>On the 17×17 grid the 1×7 and 7×1 pairs of step 7: each block {params:inception_v4/features.11} parameters.</source>
        <translation>Auf dem 17×17-Gitter die 1×7- und 7×1-Paare aus Schritt 7: jeder Block {params:inception_v4/features.11} Parameter.</translation>
    </message>
    <message>
        <source>Seven of these make up most of the network&apos;s parameters.</source>
        <translation>Sieben davon machen den Großteil der Parameter des Netzes aus.</translation>
    </message>
    <message>
        <source>Reduction-B</source>
        <translation>Reduction-B</translation>
    </message>
    <message>
        <source>From 17×17 to {shape:inception_v4/features.18}, again with strided convolutions beside a pooling.</source>
        <translation>Von 17×17 auf {shape:inception_v4/features.18}, wieder mit Faltungen mit Schrittweite neben einem Pooling.</translation>
    </message>
    <message>
        <source>Its second branch factorises 7×7 before it reduces.</source>
        <translation>Sein zweiter Zweig zerlegt 7×7, bevor er verkleinert.</translation>
    </message>
    <message>
        <source>Inception-C</source>
        <translation>Inception-C</translation>
    </message>
    <message>
        <source>On the 8×8 grid the branches split into 1×3 and 3×1 side by side, widening the output to {shape:inception_v4/features.19}.</source>
        <translation>Auf dem 8×8-Gitter teilen sich die Zweige in 1×3 und 3×1 nebeneinander und verbreitern die Ausgabe auf {shape:inception_v4/features.19}.</translation>
    </message>
    <message>
        <source>Wide rather than deep: on a small grid the filter banks are expanded.</source>
        <translation>Breit statt tief: Auf einem kleinen Gitter werden die Filterbänke erweitert.</translation>
    </message>
    <message>
        <source>Residual Inception blocks</source>
        <translation>Residuale Inception-Blöcke</translation>
    </message>
    <message>
        <source>Inception-ResNet adds each block&apos;s branches, projected by a 1×1 convolution, to its input instead of concatenating them. The sum is scaled first: {scale:inception_resnet_v2/repeat.0} in the 35×35 blocks.</source>
        <translation>Inception-ResNet addiert die Zweige jedes Blocks, durch eine 1×1-Faltung projiziert, zu seiner Eingabe, statt sie zu verketten. Vorher wird skaliert: {scale:inception_resnet_v2/repeat.0} in den 35×35-Blöcken.</translation>
    </message>
    <message>
        <source>Grad-CAM per branch splits this sum exactly into identity, branches and bias.</source>
        <translation>Grad-CAM je Zweig zerlegt diese Summe exakt in Identität, Zweige und Bias.</translation>
    </message>
    <message>
        <source>Scaling the residuals</source>
        <translation>Skalierung der Residuen</translation>
    </message>
    <message>
        <source>With more than about a thousand filters the residual versions became unstable in training; scaling the branches down before the sum kept them stable: {scale:inception_resnet_v2/repeat_2.0} in the 8×8 blocks. The whole network: {params:inception_resnet_v2} parameters.</source>
        <translation>Mit mehr als etwa tausend Filtern wurden die residualen Varianten im Training instabil; die Zweige vor der Summe herunterzuskalieren hielt sie stabil: {scale:inception_resnet_v2/repeat_2.0} in den 8×8-Blöcken. Das ganze Netz: {params:inception_resnet_v2} Parameter.</translation>
    </message>
    <message>
        <source>End of the tour. The diagram stays live: open any block and ask questions.</source>
        <translation>Ende der Tour. Das Diagramm bleibt lebendig: Jeden Block öffnen und Fragen stellen.</translation>
    </message>
    <message>
        <source>%1 has no node &apos;%2&apos;</source>
        <translation>%1 hat keinen Knoten „%2“</translation>
    </message>
    <message>
        <source>no variant &apos;%1&apos;</source>
        <translation>keine Variante „%1“</translation>
    </message>
    <message>
        <source>no derived quantity &apos;%1&apos; (known: %2)</source>
        <translation>keine abgeleitete Größe „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 is not a residual block</source>
        <translation>%1 ist kein residualer Block</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of strings</source>
        <translation>„%1“ ist keine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a string</source>
        <translation>„%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&apos;gradcam&apos; is not true or false</source>
        <translation>„gradcam“ ist weder true noch false</translation>
    </message>
    <message>
        <source>it names neither a variant nor a figure</source>
        <translation>er nennt weder eine Variante noch eine Abbildung</translation>
    </message>
    <message>
        <source>there is no variant &apos;%1&apos;</source>
        <translation>es gibt keine Variante „%1“</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a tour can be (16 MiB)</source>
        <translation>%1 ist größer, als eine Tour sein kann (16 MiB)</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1 is not a tour (no &quot;format&quot;: &quot;%2&quot;)</source>
        <translation>%1 ist keine Tour (kein &quot;format&quot;: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 is a tour of version %2; this program reads version %3</source>
        <translation>%1 ist eine Tour der Version %2; dieses Programm liest Version %3</translation>
    </message>
    <message>
        <source>%1 has no list of steps</source>
        <translation>%1 hat keine Liste von Schritten</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>er ist kein Objekt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>there is no figure &apos;%1&apos;</source>
        <translation>es gibt keine Abbildung „%1“</translation>
    </message>
    <message>
        <source>knockout &apos;%1&apos;: use zero or mean</source>
        <translation>Ausschalten „%1“: zero oder mean verwenden</translation>
    </message>
    <message>
        <source>the image %1 does not exist</source>
        <translation>das Bild %1 existiert nicht</translation>
    </message>
    <message>
        <source>the weights file %1 does not exist</source>
        <translation>die Gewichtsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>the training run %1 does not exist</source>
        <translation>der Trainingslauf %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>explorer::ActivationsPanel</name>
    <message>
        <source>Click a channel to enlarge it and lay it over the input</source>
        <translation>Einen Kanal anklicken, um ihn zu vergrößern und über die Eingabe zu legen</translation>
    </message>
    <message>
        <source>Select a module, then drop an image: each branch&apos;s output appears here.</source>
        <translation>Ein Modul auswählen und dann ein Bild hierher ziehen: Die Ausgabe jedes Zweigs erscheint hier.</translation>
    </message>
    <message>
        <source>Select a module to see what its branches computed.</source>
        <translation>Ein Modul auswählen, um zu sehen, was seine Zweige berechnet haben.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n channel(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n Kanal</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the module&apos;s output energy</source>
        <translation>%1 % der Ausgabeenergie des Moduls</translation>
    </message>
    <message>
        <source>This branch&apos;s term of the Grad-CAM map at %1 (class %2): sum over its channels of weight × activation, before any ReLU</source>
        <translation>Der Anteil dieses Zweigs an der Grad-CAM-Karte bei %1 (Klasse %2): Summe über seine Kanäle von Gewicht × Aktivierung, vor jeder ReLU</translation>
    </message>
    <message>
        <source>Grad-CAM term&lt;br&gt;sum %1&lt;br&gt;scale ±%2&lt;br&gt;(shared)</source>
        <translation>Grad-CAM-Anteil&lt;br&gt;Summe %1&lt;br&gt;Skala ±%2&lt;br&gt;(gemeinsam)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;channels %3–%4 of %5 shown</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Kanäle %3–%4 von %5 gezeigt</translation>
    </message>
    <message>
        <source>The previous %1 channels</source>
        <translation>Die vorigen %1 Kanäle</translation>
    </message>
    <message>
        <source>The next %1 channels</source>
        <translation>Die nächsten %1 Kanäle</translation>
    </message>
    <message>
        <source>IG conductance %1</source>
        <translation>IG-Konduktanz %1</translation>
    </message>
    <message>
        <source>Integrated Gradients&apos; conductance of %1 for class %2 (%3): the part of f(image) − f(baseline) that flows through it, summed over its channels. Every bar of this module is on one scale, ±%4.</source>
        <translation>Konduktanz von %1 nach Integrated Gradients für Klasse %2 (%3): der Teil von f(Bild) − f(Basislinie), der hindurchfließt, summiert über seine Kanäle. Alle Balken dieses Moduls haben eine gemeinsame Skala, ±%4.</translation>
    </message>
    <message>
        <source>Conductance</source>
        <translation>Konduktanz</translation>
    </message>
    <message>
        <source>Integrated Gradients (steps: %1) split at %2 for &lt;b&gt;%3&lt;/b&gt;: the terms add up to %4; the input attribution to %5; f(image) − f(baseline) = %6. The bars share one scale, ±%7.</source>
        <translation>Integrated Gradients (Schritte: %1), aufgeteilt an %2 für &lt;b&gt;%3&lt;/b&gt;: die Terme ergeben zusammen %4, die Attribution der Eingabe %5; f(Bild) − f(Basislinie) = %6. Die Balken haben eine gemeinsame Skala, ±%7.</translation>
    </message>
</context>
<context>
    <name>explorer::ChannelController</name>
    <message numerus="yes">
        <source>Indexing of %1 stopped after %n image(s); run it again to go on where it stopped.</source>
        <translation>
            <numerusform>Indizierung von %1 nach %n Bild angehalten; erneut starten, um dort fortzufahren.</numerusform>
            <numerusform>Indizierung von %1 nach %n Bildern angehalten; erneut starten, um dort fortzufahren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) indexed for this network.</source>
        <translation>
            <numerusform>%1: %n Bild für dieses Netz indiziert.</numerusform>
            <numerusform>%1: %n Bilder für dieses Netz indiziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already indexed and unchanged.</source>
        <translation>
            <numerusform>%n davon war schon indiziert und unverändert.</numerusform>
            <numerusform>%n davon waren schon indiziert und unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (skipped); the last: %1</source>
        <translation>
            <numerusform>%n Datei war nicht lesbar (übersprungen); zuletzt: %1</numerusform>
            <numerusform>%n Dateien waren nicht lesbar (übersprungen); zuletzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The old index was started anew: %1</source>
        <translation>Der alte Index wurde neu begonnen: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 steps.</source>
        <translation>Abgebrochen nach %1 Schritten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, channel %2: its mean value before the ReLU went from %3 to %4 in %5 steps (%6 s).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Kanal %2: Sein Mittelwert vor der ReLU änderte sich in %5 Schritten (%6 s) von %3 auf %4.</translation>
    </message>
    <message>
        <source>(From the cache: computed before for these weights and settings.)</source>
        <translation>(Aus dem Zwischenspeicher: früher für diese Gewichte und Einstellungen berechnet.)</translation>
    </message>
    <message>
        <source>Random weights: what this untrained channel responds to.</source>
        <translation>Zufallsgewichte: worauf dieser untrainierte Kanal reagiert.</translation>
    </message>
    <message>
        <source>No network is open yet.</source>
        <translation>Noch ist kein Netz geöffnet.</translation>
    </message>
    <message>
        <source>%1 is not indexed for this network yet: Index a folder… to see its examples.</source>
        <translation>%1 ist für dieses Netz noch nicht indiziert: „Ordner indizieren…“, um seine Beispiele zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>The %n image(s) of %1 where this channel responds most (the part the cell at its maximum sees, with its value), and below the line images where it stays near zero.</source>
        <translation>
            <numerusform>Das %n Bild aus %1, auf das dieser Kanal am stärksten reagiert (der Ausschnitt, den die Zelle an seinem Maximum sieht, mit ihrem Wert), und unter der Linie Bilder, bei denen er nahe null bleibt.</numerusform>
            <numerusform>Die %n Bilder aus %1, auf die dieser Kanal am stärksten reagiert (der Ausschnitt, den die Zelle an seinem Maximum sieht, mit ihrem Wert), und unter der Linie Bilder, bei denen er nahe null bleibt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) can no longer be read (shown dark).</source>
        <translation>
            <numerusform>%n Bild ist nicht mehr lesbar (dunkel gezeigt).</numerusform>
            <numerusform>%n Bilder sind nicht mehr lesbar (dunkel gezeigt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop an image first.</source>
        <translation>Zuerst ein Bild ablegen.</translation>
    </message>
    <message>
        <source>DeepDream here…</source>
        <translation>DeepDream hier…</translation>
    </message>
</context>
<context>
    <name>explorer::ChannelFocus</name>
    <message>
        <source>Point at a cell: its receptive field is drawn on the input</source>
        <translation>Auf eine Zelle zeigen: Ihr rezeptives Feld wird auf der Eingabe gezeichnet</translation>
    </message>
    <message>
        <source>Click a channel map to enlarge it.</source>
        <translation>Eine Kanalkarte anklicken, um sie zu vergrößern.</translation>
    </message>
    <message>
        <source>%1, channel %2 of %3</source>
        <translation>%1, Kanal %2 von %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, channel %2 of %3 · %4×%5, scale %6 … %7 (shared by all branches)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, Kanal %2 von %3 · %4×%5, Skala %6 … %7 (für alle Zweige gleich)</translation>
    </message>
    <message>
        <source>Cell (%1, %2) sees input pixels %3…%4 × %5…%6</source>
        <translation>Zelle (%1, %2) sieht die Eingabepixel %3…%4 × %5…%6</translation>
    </message>
</context>
<context>
    <name>explorer::ChannelPanel</name>
    <message>
        <source>What does this channel look for?</source>
        <translation>Worauf reagiert dieser Kanal?</translation>
    </message>
    <message>
        <source>Optimise a picture to excite this channel (feature visualisation, 256 steps)</source>
        <translation>Ein Bild so optimieren, dass es diesen Kanal anregt (Merkmalsvisualisierung, 256 Schritte)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>&amp;Diverse: three pictures, pushed apart</source>
        <translation>&amp;Vielfältig: drei Bilder, auseinandergedrückt</translation>
    </message>
    <message>
        <source>Optimise three pictures at once with a term that keeps their features different (Lucid&apos;s diversity): what else the channel responds to</source>
        <translation>Drei Bilder zugleich optimieren, mit einem Term, der ihre Merkmale verschieden hält (Lucids Diversität): worauf der Kanal sonst noch reagiert</translation>
    </message>
    <message>
        <source>Export the picture</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Index a folder…</source>
        <translation>Ordner indizieren…</translation>
    </message>
    <message>
        <source>Run every image of a folder through the network once and keep, for every channel, the 9 images it responds to most (resumable)</source>
        <translation>Jedes Bild eines Ordners einmal durch das Netz schicken und für jeden Kanal die 9 Bilder behalten, auf die er am stärksten reagiert (fortsetzbar)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feature visualisation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Merkmalsvisualisierung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dataset examples&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beispiele aus dem Datensatz&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Index a folder of images to see, beside the picture, the images this channel responds to most.</source>
        <translation>Einen Bilderordner indizieren, um neben dem Bild die Bilder zu sehen, auf die dieser Kanal am stärksten reagiert.</translation>
    </message>
    <message>
        <source>Folder of images to index</source>
        <translation>Zu indizierender Bilderordner</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>This image: the channel&apos;s map</source>
        <translation>Dieses Bild: die Karte des Kanals</translation>
    </message>
    <message>
        <source>Feature visualisation</source>
        <translation>Merkmalsvisualisierung</translation>
    </message>
    <message>
        <source>Dataset examples (top 9, then near zero)</source>
        <translation>Beispiele aus dem Datensatz (die 9 stärksten, dann nahe null)</translation>
    </message>
    <message>
        <source>image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
</context>
<context>
    <name>explorer::DetailsPanel</name>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>Auffüllung</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>Batch-Normalisierung</translation>
    </message>
    <message>
        <source>yes (eps %1)</source>
        <translation>ja (eps %1)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Ceil mode</source>
        <translation>Aufrunden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a block to see its details; double-click (or Enter) opens and closes a module. Right-click a block to knock it out or explain at it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Einen Block anklicken, um seine Details zu sehen; Doppelklick (oder Enter) öffnet und schließt ein Modul. Rechtsklick auf einen Block schaltet ihn aus oder erklärt an ihm.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>%1 (%2 % of the network)</source>
        <translation>%1 (%2 % des Netzes)</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>Multiplikationen-Additionen</translation>
    </message>
    <message>
        <source>Residual scale</source>
        <translation>Residualskalierung</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>Rezeptives Feld</translation>
    </message>
</context>
<context>
    <name>explorer::DiagramLegend</name>
    <message>
        <source>1×1 convolution</source>
        <translation>1×1-Faltung</translation>
    </message>
    <message>
        <source>convolution</source>
        <translation>Faltung</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Inception module</source>
        <translation>Inception-Modul</translation>
    </message>
    <message>
        <source>residual module</source>
        <translation>Residualmodul</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>Klassifikator</translation>
    </message>
    <message>
        <source>struck through: knocked out</source>
        <translation>durchgestrichen: ausgeschaltet</translation>
    </message>
    <message>
        <source>Tint: mean |activation| (stages, modules)</source>
        <translation>Tönung: mittlere |Aktivierung| (Stufen, Module)</translation>
    </message>
    <message>
        <source>1 = the strongest; untinted: kind colours above</source>
        <translation>1 = die stärkste; ungetönt: Farben wie oben</translation>
    </message>
</context>
<context>
    <name>explorer::DiagramScene</name>
    <message>
        <source>the whole image</source>
        <translation>das ganze Bild</translation>
    </message>
    <message>
        <source>%1×%2 px, one cell every %3 px</source>
        <translation>%1×%2 px, eine Zelle alle %3 px</translation>
    </message>
    <message>
        <source>%1
receptive field: %2</source>
        <translation>%1
rezeptives Feld: %2</translation>
    </message>
</context>
<context>
    <name>explorer::DiagramView</name>
    <message>
        <source>Names drawn smaller than lecture size to fit the view: zoom in with the wheel, or open one module</source>
        <translation>Namen kleiner als in Vorlesungsgröße, damit alles ins Bild passt: mit dem Mausrad vergrößern oder ein Modul öffnen</translation>
    </message>
</context>
<context>
    <name>explorer::DockLayout</name>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>explorer::Downloader</name>
    <message>
        <source>A download is already running.</source>
        <translation>Es läuft bereits ein Download.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?): %2</source>
        <translation>%1 kann nicht geschrieben werden (Datenträger voll?): %2</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was kept.</source>
        <translation>Download abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>Download fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The downloaded file&apos;s SHA-256 (%1…) does not start with %2: refused, nothing was kept.</source>
        <translation>Die SHA-256 der heruntergeladenen Datei (%1…) beginnt nicht mit %2: abgelehnt, nichts wurde behalten.</translation>
    </message>
    <message>
        <source>Cannot move the file into %1: %2</source>
        <translation>Die Datei kann nicht nach %1 verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>explorer::DreamDialog</name>
    <message>
        <source>DeepDream — %1</source>
        <translation>DeepDream — %1</translation>
    </message>
    <message>
        <source>The picture itself is changed, octave by octave from small to full size, so that &lt;b&gt;%1&lt;/b&gt; responds more: whatever the node sees a little of, it is shown more of.</source>
        <translation>Das Bild selbst wird verändert, Oktave für Oktave von klein bis zur vollen Größe, sodass &lt;b&gt;%1&lt;/b&gt; stärker reagiert: Wovon der Knoten ein wenig sieht, davon wird ihm mehr gezeigt.</translation>
    </message>
    <message>
        <source>&amp;Octaves:</source>
        <translation>&amp;Oktaven:</translation>
    </message>
    <message>
        <source>&amp;Steps per octave:</source>
        <translation>&amp;Schritte je Oktave:</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>S&amp;tärke:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the network sees&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was das Netz sieht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dreamt&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geträumt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Dream</source>
        <translation>&amp;Träumen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save the dreamt picture</source>
        <translation>Geträumtes Bild speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>Noch nichts zu speichern.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>Schritt %v von %m</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Octave %1 (%2 px): mean activation %3 → %4</source>
        <translation>Oktave %1 (%2 px): mittlere Aktivierung %3 → %4</translation>
    </message>
    <message>
        <source>(From the cache: computed before for these weights and settings.)</source>
        <translation>(Aus dem Zwischenspeicher: früher für diese Gewichte und Einstellungen berechnet.)</translation>
    </message>
    <message>
        <source>Random weights: the patterns are those of an untrained network, not of ImageNet classes.</source>
        <translation>Zufallsgewichte: Die Muster sind die eines untrainierten Netzes, nicht die von ImageNet-Klassen.</translation>
    </message>
</context>
<context>
    <name>explorer::ExplanationController</name>
    <message>
        <source>Occlusion of &lt;b&gt;%1&lt;/b&gt; (class %2): %3 patches of %4 px, stride %5, grey %6. Red: the class&apos;s logit drops when this place is covered (largest drop %7).</source>
        <translation>Verdeckung für &lt;b&gt;%1&lt;/b&gt; (Klasse %2): %3 Felder zu %4 px, Schrittweite %5, Grau %6. Rot: Das Logit der Klasse sinkt, wenn diese Stelle verdeckt ist (größter Rückgang %7).</translation>
    </message>
    <message>
        <source>Random weights: the map shows what this untrained network responds to.</source>
        <translation>Zufallsgewichte: Die Karte zeigt, worauf dieses untrainierte Netz reagiert.</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Drop an image first.</source>
        <translation>Zuerst ein Bild ablegen.</translation>
    </message>
    <message>
        <source>Grad-CAM here</source>
        <translation>Grad-CAM hier</translation>
    </message>
    <message>
        <source>Occlusion cancelled.</source>
        <translation>Verdeckung abgebrochen.</translation>
    </message>
    <message>
        <source>Computing Grad-CAM…</source>
        <translation>Grad-CAM wird berechnet…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3): %n gradient(s). Red: raises the class&apos;s logit; blue: lowers it.</source>
        <translation>
            <numerusform>%1 von &lt;b&gt;%2&lt;/b&gt; (Klasse %3): %n Gradient. Rot: hebt den Logit der Klasse; blau: senkt ihn.</numerusform>
            <numerusform>%1 von &lt;b&gt;%2&lt;/b&gt; (Klasse %3): %n Gradienten. Rot: hebt den Logit der Klasse; blau: senkt ihn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3): %n gradient(s). Red: where the gradient is large (its sign is gone).</source>
        <translation>
            <numerusform>%1 von &lt;b&gt;%2&lt;/b&gt; (Klasse %3): %n Gradient. Rot: wo der Gradient groß ist (ohne Vorzeichen).</numerusform>
            <numerusform>%1 von &lt;b&gt;%2&lt;/b&gt; (Klasse %3): %n Gradienten. Rot: wo der Gradient groß ist (ohne Vorzeichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Completeness: the attributions add up to %1, f(image) − f(baseline) = %2; gap %3.</source>
        <translation>Vollständigkeit: die Attributionen ergeben zusammen %1, f(Bild) − f(Basislinie) = %2; Lücke %3.</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 abgebrochen.</translation>
    </message>
    <message>
        <source>Colours end at the 99.5th percentile of |map|: %1.</source>
        <translation>Die Farben enden beim 99,5. Perzentil von |Karte|: %1.</translation>
    </message>
    <message>
        <source>Guided Backprop looks sharp, but on Inception-v3 it barely changed when the weights were randomised (Adebayo et al. 2018). Sanity check tests it on this network.</source>
        <translation>Guided Backprop wirkt scharf, änderte sich aber bei Inception-v3 kaum, als die Gewichte zufällig gesetzt wurden (Adebayo et al. 2018). „Plausibilitätsprüfung“ testet das an diesem Netz.</translation>
    </message>
    <message>
        <source>The sanity check needs trained weights: it asks whether a map changes when the trained weights are replaced by random ones, and these are random already.</source>
        <translation>Die Plausibilitätsprüfung braucht trainierte Gewichte: Sie fragt, ob sich eine Karte ändert, wenn trainierte Gewichte durch zufällige ersetzt werden – und diese sind schon zufällig.</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>flach</translation>
    </message>
    <message>
        <source>Sanity check of %1 for &lt;b&gt;%2&lt;/b&gt; (class %3): with every weight random, the rank correlation with the trained map is %4 (SSIM %5).</source>
        <translation>Plausibilitätsprüfung von %1 für &lt;b&gt;%2&lt;/b&gt; (Klasse %3): mit lauter zufälligen Gewichten beträgt die Rangkorrelation mit der trainierten Karte %4 (SSIM %5).</translation>
    </message>
    <message>
        <source>Verdict: depends on the weights.</source>
        <translation>Urteil: hängt von den Gewichten ab.</translation>
    </message>
    <message>
        <source>Verdict: barely changes when the weights are random: it shows the image more than the network.</source>
        <translation>Urteil: ändert sich kaum bei zufälligen Gewichten – sie zeigt mehr das Bild als das Netz.</translation>
    </message>
    <message>
        <source>(below %1: depends on the weights)</source>
        <translation>(unter %1: hängt von den Gewichten ab)</translation>
    </message>
    <message>
        <source>The same network trained on shuffled labels: rank correlation %1, SSIM %2 (the squares on the right).</source>
        <translation>Dasselbe Netz, mit vertauschten Labels trainiert: Rangkorrelation %1, SSIM %2 (die Quadrate rechts).</translation>
    </message>
    <message>
        <source>From the cache.</source>
        <translation>Aus dem Zwischenspeicher.</translation>
    </message>
    <message>
        <source>The sanity check compares the gradient maps; pick one under Map.</source>
        <translation>Die Plausibilitätsprüfung vergleicht die Gradientenkarten; wählen Sie eine unter „Karte“.</translation>
    </message>
    <message>
        <source>Sanity check of %1 cancelled; nothing was kept.</source>
        <translation>Plausibilitätsprüfung von %1 abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Deletion curves delete a garment&apos;s pixels to its black background: they need the trained Fashion-MNIST model (the bundled one).</source>
        <translation>Löschkurven setzen die Pixel eines Kleidungsstücks auf seinen schwarzen Hintergrund: Sie brauchen das trainierte Fashion-MNIST-Modell (das mitgelieferte).</translation>
    </message>
    <message>
        <source>Deletion and insertion curves of %1 on %2 Fashion-MNIST test images: deleting the first %3 % of each garment&apos;s pixels in its order lowers the true class&apos;s probability by %4 on average, a random order by %5 (%6). Areas: deletion %7 (random %8, lower is better), insertion %9 (random %10, higher is better).</source>
        <translation>Lösch- und Einfügekurven von %1 auf %2 Fashion-MNIST-Testbildern: Werden die ersten %3 % der Pixel jedes Kleidungsstücks in seiner Reihenfolge gelöscht, sinkt die Wahrscheinlichkeit der wahren Klasse im Mittel um %4, bei zufälliger Reihenfolge um %5 (%6). Flächen: Löschen %7 (zufällig %8, niedriger ist besser), Einfügen %9 (zufällig %10, höher ist besser).</translation>
    </message>
    <message>
        <source>Blue: %1; grey: the random order. Solid: deletion; dashed: insertion.</source>
        <translation>Blau: %1; grau: die zufällige Reihenfolge. Durchgezogen: Löschen; gestrichelt: Einfügen.</translation>
    </message>
    <message>
        <source>Open a network first.</source>
        <translation>Öffnen Sie zuerst ein Netz.</translation>
    </message>
    <message>
        <source>The deletion curve ranks pixels by a gradient map; pick one under Map.</source>
        <translation>Die Löschkurve ordnet Pixel nach einer Gradientenkarte; wählen Sie eine unter „Karte“.</translation>
    </message>
    <message>
        <source>Deletion curve of %1 cancelled.</source>
        <translation>Löschkurve von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>The sanity check of %1 finished for an image or network no longer shown; it is kept in the cache.</source>
        <translation>Die Plausibilitätsprüfung von %1 wurde für ein Bild oder Netz fertig, das nicht mehr angezeigt wird; sie ist im Zwischenspeicher abgelegt.</translation>
    </message>
    <message>
        <source>The deletion curve of %1 finished for a network no longer shown.</source>
        <translation>Die Löschkurve von %1 wurde für ein Netz fertig, das nicht mehr angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>explorer::ExplanationPanel</name>
    <message>
        <source>Grad-CAM (Ctrl+G)</source>
        <translation>Grad-CAM (Strg+G)</translation>
    </message>
    <message>
        <source>Which places of the image raise the class&apos;s logit, seen from one module: the module&apos;s channels weighted by the gradient&apos;s spatial mean, summed (before any ReLU)</source>
        <translation>Welche Stellen des Bildes das Logit der Klasse erhöhen, von einem Modul aus gesehen: die Kanäle des Moduls, gewichtet mit dem räumlichen Mittel des Gradienten, summiert (vor jeder ReLU)</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasse:</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The occlusion patch&apos;s side (default: a seventh of the image; the stride is half of it)</source>
        <translation>Seitenlänge des Verdeckungsfelds (Standard: ein Siebtel des Bildes; die Schrittweite ist die Hälfte davon)</translation>
    </message>
    <message>
        <source>Occlusion patch:</source>
        <translation>Verdeckungsfeld:</translation>
    </message>
    <message>
        <source>Slide a grey patch over the image and measure how much the class&apos;s logit drops</source>
        <translation>Ein graues Feld über das Bild schieben und messen, wie stark das Logit der Klasse sinkt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>the top-1</source>
        <translation>die Top-1</translation>
    </message>
    <message>
        <source>Grad-CAM of &lt;b&gt;%1&lt;/b&gt; (class %2) at &lt;b&gt;%3&lt;/b&gt;, map %4×%5, raw values %6 … %7.</source>
        <translation>Grad-CAM von &lt;b&gt;%1&lt;/b&gt; (Klasse %2) bei &lt;b&gt;%3&lt;/b&gt;, Karte %4×%5, Rohwerte %6 … %7.</translation>
    </message>
    <message>
        <source>Each branch&apos;s term is in the Activations dock, on one shared scale.</source>
        <translation>Der Anteil jedes Zweigs steht im Fenster Aktivierungen, auf einer gemeinsamen Skala.</translation>
    </message>
    <message>
        <source>Random weights: the map shows what this untrained network responds to, not an ImageNet class.</source>
        <translation>Zufallsgewichte: Die Karte zeigt, worauf dieses untrainierte Netz reagiert, nicht eine ImageNet-Klasse.</translation>
    </message>
    <message>
        <source>With %1 knocked out.</source>
        <translation>Mit %1 ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 of %2 patches</source>
        <translation>%1 von %2 Feldern</translation>
    </message>
    <message>
        <source>No explanation yet.</source>
        <translation>Noch keine Erklärung.</translation>
    </message>
    <message>
        <source>Occlusion</source>
        <translation>Verdeckung</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradient (roh)</translation>
    </message>
    <message>
        <source>Input × gradient</source>
        <translation>Eingabe × Gradient</translation>
    </message>
    <message>
        <source>Integrated Gradients</source>
        <translation>Integrierte Gradienten</translation>
    </message>
    <message>
        <source>SmoothGrad</source>
        <translation>SmoothGrad</translation>
    </message>
    <message>
        <source>SmoothGrad-Squared</source>
        <translation>SmoothGrad-Squared</translation>
    </message>
    <message>
        <source>VarGrad</source>
        <translation>VarGrad</translation>
    </message>
    <message>
        <source>The map the button computes for the current image and class</source>
        <translation>Die Karte, die die Schaltfläche für das aktuelle Bild und die Klasse berechnet</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>Karte:</translation>
    </message>
    <message>
        <source>Points on the straight path from the baseline to the image (each is a forward and a backward); more steps, a smaller completeness gap</source>
        <translation>Punkte auf dem geraden Weg von der Basislinie zum Bild (jeder ein Vorwärts- und ein Rückwärtslauf); mehr Schritte, kleinere Vollständigkeitslücke</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>black</source>
        <translation>schwarz</translation>
    </message>
    <message>
        <source>blurred image</source>
        <translation>unscharfes Bild</translation>
    </message>
    <message>
        <source>uniform noise</source>
        <translation>gleichverteiltes Rauschen</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Basislinie:</translation>
    </message>
    <message>
        <source>Noisy copies of the image (noise 15 % of its range), one gradient each</source>
        <translation>Verrauschte Kopien des Bildes (Rauschen 15 % seines Wertebereichs), je ein Gradient</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Stichproben:</translation>
    </message>
    <message>
        <source>Compute map</source>
        <translation>Karte berechnen</translation>
    </message>
    <message>
        <source>Turn Grad-CAM on, or compute a map (occlusion, gradients, Integrated Gradients, …), then drop an image.</source>
        <translation>Grad-CAM einschalten oder eine Karte berechnen (Verdeckung, Gradienten, Integrierte Gradienten, …), dann ein Bild ablegen.</translation>
    </message>
    <message>
        <source>Guided Backprop</source>
        <translation>Guided Backprop</translation>
    </message>
    <message>
        <source>How much each pixel moves the class&apos;s logit: %1</source>
        <translation>Wie stark jedes Pixel den Logit der Klasse bewegt: %1</translation>
    </message>
    <message>
        <source>%1 of %2 gradients</source>
        <translation>%1 von %2 Gradienten</translation>
    </message>
    <message>
        <source>Guided Backprop (see its sanity check)</source>
        <translation>Guided Backprop (siehe Plausibilitätsprüfung)</translation>
    </message>
    <message>
        <source>Sanity check</source>
        <translation>Plausibilitätsprüfung</translation>
    </message>
    <message>
        <source>Re-initialise the network from the classifier down, one module at a time, and measure how much this map changes (Adebayo et al. 2018): a map that stays the same shows the image more than the network</source>
        <translation>Das Netz vom Klassifikator abwärts Modul für Modul neu initialisieren und messen, wie stark sich diese Karte ändert (Adebayo et al. 2018): Eine Karte, die gleich bleibt, zeigt mehr das Bild als das Netz</translation>
    </message>
    <message>
        <source>The sanity check compares the gradient maps; pick one under Map</source>
        <translation>Die Plausibilitätsprüfung vergleicht die Gradientenkarten; wählen Sie eine unter „Karte“</translation>
    </message>
    <message>
        <source>%1 of %2 maps</source>
        <translation>%1 von %2 Karten</translation>
    </message>
    <message>
        <source>Deletion curve</source>
        <translation>Löschkurve</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
    <message>
        <source>Delete each garment&apos;s pixels in this map&apos;s order on %1 Fashion-MNIST test images and watch the true class&apos;s probability fall, against a random order</source>
        <translation>Die Pixel jedes Kleidungsstücks in der Reihenfolge dieser Karte auf %1 Fashion-MNIST-Testbildern löschen und zusehen, wie die Wahrscheinlichkeit der wahren Klasse fällt – verglichen mit einer zufälligen Reihenfolge</translation>
    </message>
    <message>
        <source>The deletion curve ranks pixels by a gradient map; pick one under Map</source>
        <translation>Die Löschkurve ordnet Pixel nach einer Gradientenkarte; wählen Sie eine unter „Karte“</translation>
    </message>
    <message>
        <source>Lay it over the live view</source>
        <translation>Über die Live-Ansicht legen</translation>
    </message>
    <message>
        <source>Compute this map of the top-1 on every live frame and lay it over the live view (Grad-CAM, when on, is shown instead); the live view&apos;s frames per second include it</source>
        <translation>Diese Karte der Top-1-Klasse für jedes Live-Bild berechnen und über die Live-Ansicht legen (ist Grad-CAM an, wird stattdessen Grad-CAM gezeigt); die Bilder pro Sekunde der Live-Ansicht schließen sie ein</translation>
    </message>
    <message>
        <source>Only the one-pass maps (gradient, input × gradient, Guided Backprop) keep up with the live view; this one takes many gradients per frame</source>
        <translation>Nur die Karten mit einem Durchlauf (Gradient, Eingabe × Gradient, Guided Backprop) halten mit der Live-Ansicht Schritt; diese braucht viele Gradienten pro Bild</translation>
    </message>
    <message>
        <source>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3) on each live frame, laid over the live view. Colours end at the 99.5th percentile of |map|: %4.</source>
        <translation>%1 von &lt;b&gt;%2&lt;/b&gt; (Klasse %3) für jedes Live-Bild, über die Live-Ansicht gelegt. Die Farben enden beim 99,5. Perzentil von |Karte|: %4.</translation>
    </message>
</context>
<context>
    <name>explorer::FaithfulnessChart</name>
    <message>
        <source>%1, deletion</source>
        <translation>%1, Löschen</translation>
    </message>
    <message>
        <source>%1, insertion</source>
        <translation>%1, Einfügen</translation>
    </message>
    <message>
        <source>random, deletion</source>
        <translation>zufällig, Löschen</translation>
    </message>
    <message>
        <source>random, insertion</source>
        <translation>zufällig, Einfügen</translation>
    </message>
    <message>
        <source>pixels deleted / inserted</source>
        <translation>gelöschte / eingefügte Pixel</translation>
    </message>
    <message>
        <source>p(true class)</source>
        <translation>p(wahre Klasse)</translation>
    </message>
</context>
<context>
    <name>explorer::FigureController</name>
    <message>
        <source>Hide the caption</source>
        <translation>Bildunterschrift ausblenden</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>Abb&amp;ildungen</translation>
    </message>
    <message>
        <source>Unknown figure: %1</source>
        <translation>Unbekannte Abbildung: %1</translation>
    </message>
    <message>
        <source>%1: %2 parameters, %3 multiply-adds, output %4</source>
        <translation>%1: %2 Parameter, %3 Multiplikationen-Additionen, Ausgabe %4</translation>
    </message>
</context>
<context>
    <name>explorer::FolderRun</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 holds no images.</source>
        <translation>%1 enthält keine Bilder.</translation>
    </message>
    <message>
        <source>%v of %m images</source>
        <translation>%v von %m Bildern</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) classified</source>
        <translation>
            <numerusform>%1: %n Bild klassifiziert</numerusform>
            <numerusform>%1: %n Bilder klassifiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be read</source>
        <translation>
            <numerusform>, %n konnte nicht gelesen werden</numerusform>
            <numerusform>, %n konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder cancelled after %n image(s)</source>
        <translation>
            <numerusform>Ordner nach %n Bild abgebrochen</numerusform>
            <numerusform>Ordner nach %n Bildern abgebrochen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::ImageDownload</name>
    <message>
        <source>Only http and https addresses are fetched, not %1.</source>
        <translation>Nur http- und https-Adressen werden abgerufen, nicht %1.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; pictures above %3 MB are not fetched.</source>
        <translation>%1 ist %2 MB groß; Bilder über %3 MB werden nicht abgerufen.</translation>
    </message>
    <message>
        <source>%1 sends more than %2 MB; pictures above that are not fetched.</source>
        <translation>%1 sendet mehr als %2 MB; größere Bilder werden nicht abgerufen.</translation>
    </message>
    <message>
        <source>%1 is not a picture (%2, it begins “%3”): PNG, JPEG, BMP, WebP, TIFF and PNM files are taken.</source>
        <translation>%1 ist kein Bild (%2, es beginnt mit „%3“): angenommen werden PNG, JPEG, BMP, WebP, TIFF und PNM.</translation>
    </message>
    <message>
        <source>no type given</source>
        <translation>kein Typ angegeben</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled; nothing was kept.</source>
        <translation>Abruf von %1 abgebrochen; nichts wurde behalten.</translation>
    </message>
    <message>
        <source>%1 redirects more than %2 times (a loop?); not fetched.</source>
        <translation>%1 leitet mehr als %2-mal weiter (eine Schleife?); nicht abgerufen.</translation>
    </message>
    <message>
        <source>%1 redirects from https to http; not fetched.</source>
        <translation>%1 leitet von https auf http weiter; nicht abgerufen.</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation>%1 kann nicht abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>explorer::ImageInput</name>
    <message>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>Classify every image of a folder</source>
        <translation>Alle Bilder eines Ordners klassifizieren</translation>
    </message>
    <message>
        <source>Cannot keep the pasted image: %1</source>
        <translation>Das eingefügte Bild kann nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop fetching the picture; nothing is kept</source>
        <translation>Abruf des Bildes beenden; nichts wird behalten</translation>
    </message>
    <message>
        <source>The drop</source>
        <translation>Das Abgelegte</translation>
    </message>
    <message>
        <source>The clipboard</source>
        <translation>Die Zwischenablage</translation>
    </message>
    <message>
        <source>%1 holds nothing.</source>
        <translation>%1 enthält nichts.</translation>
    </message>
    <message>
        <source>%1 holds no file, picture or picture address to classify.</source>
        <translation>%1 enthält keine Datei, kein Bild und keine Bildadresse zum Klassifizieren.</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>The picture in the dropped HTML is not base64 data.</source>
        <translation>Das Bild im abgelegten HTML ist nicht base64-kodiert.</translation>
    </message>
    <message>
        <source>The picture given is no format this program reads (PNG, JPEG, BMP, WebP, TIFF, PNM).</source>
        <translation>Das übergebene Bild hat kein Format, das dieses Programm liest (PNG, JPEG, BMP, WebP, TIFF, PNM).</translation>
    </message>
    <message>
        <source>Cannot keep the picture in %1 (disk full?): %2</source>
        <translation>Das Bild kann nicht in %1 abgelegt werden (Datenträger voll?): %2</translation>
    </message>
    <message>
        <source>The picture given cannot be read.</source>
        <translation>Das übergebene Bild kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
</context>
<context>
    <name>explorer::InferenceService</name>
    <message>
        <source>bfloat16 is not offered here: %1</source>
        <translation>bfloat16 wird hier nicht angeboten: %1</translation>
    </message>
    <message>
        <source>bfloat16 is not offered here: without AMX this processor computes it slower than float32</source>
        <translation>bfloat16 wird hier nicht angeboten: ohne AMX rechnet dieser Prozessor es langsamer als float32</translation>
    </message>
    <message>
        <source>Cannot open %1 with its cached weights: %2</source>
        <translation>%1 lässt sich mit den zwischengespeicherten Gewichten nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Cannot load %1 from %2: %3</source>
        <translation>%1 kann nicht aus %2 geladen werden: %3</translation>
    </message>
    <message>
        <source>No network is open yet.</source>
        <translation>Noch ist kein Netz geöffnet.</translation>
    </message>
    <message>
        <source>Cannot time %1: %2</source>
        <translation>%1 kann nicht gemessen werden: %2</translation>
    </message>
    <message>
        <source>The class names kept for %1 (%2) no longer fit its classifier; it opens with its own names.</source>
        <translation>Die für %1 gemerkten Klassennamen (%2) passen nicht mehr zu seinem Klassifikator; es öffnet mit seinen eigenen Namen.</translation>
    </message>
</context>
<context>
    <name>explorer::KnockoutController</name>
    <message>
        <source>Restore all knocked-out nodes</source>
        <translation>Alle ausgeschalteten Knoten wiederherstellen</translation>
    </message>
    <message>
        <source>%1 knocked out (%2). Right-click it to restore.</source>
        <translation>%1 ausgeschaltet (%2). Rechtsklick stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>each channel set to its mean</source>
        <translation>jeder Kanal auf seinen Mittelwert gesetzt</translation>
    </message>
    <message>
        <source>set to zero</source>
        <translation>auf null gesetzt</translation>
    </message>
    <message>
        <source>Drop an image first.</source>
        <translation>Zuerst ein Bild ablegen.</translation>
    </message>
    <message>
        <source>%1 has no branches to sweep.</source>
        <translation>%1 hat keine Zweige zum Durchprobieren.</translation>
    </message>
    <message>
        <source>Knock out (zero)</source>
        <translation>Ausschalten (null)</translation>
    </message>
    <message>
        <source>Knock out (each channel&apos;s mean)</source>
        <translation>Ausschalten (Mittelwert je Kanal)</translation>
    </message>
    <message>
        <source>The whole network cannot be knocked out; choose a module, branch or layer.</source>
        <translation>Das ganze Netz lässt sich nicht ausschalten; ein Modul, einen Zweig oder eine Schicht wählen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 is not knocked out.</source>
        <translation>%1 ist nicht ausgeschaltet.</translation>
    </message>
    <message>
        <source>Restore all</source>
        <translation>Alle wiederherstellen</translation>
    </message>
    <message>
        <source>Sweep its branches…</source>
        <translation>Zweige einzeln ausschalten…</translation>
    </message>
    <message>
        <source>%1 has no branches to knock out one by one; choose an Inception module.</source>
        <translation>%1 hat keine Zweige, die sich einzeln ausschalten lassen; ein Inception-Modul wählen.</translation>
    </message>
</context>
<context>
    <name>explorer::LectureMode</name>
    <message>
        <source>&amp;Lecture mode</source>
        <translation>&amp;Vorlesungsmodus</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Full screen, large type, only the diagram, predictions and activations; Ctrl +/- change the size of the text</source>
        <translation>Vollbild, große Schrift, nur Diagramm, Vorhersagen und Aktivierungen; Strg +/- ändern die Schriftgröße</translation>
    </message>
</context>
<context>
    <name>explorer::LiveCapture</name>
    <message>
        <source>live frame</source>
        <translation>Live-Bild</translation>
    </message>
    <message>
        <source>Live inference failed: %1</source>
        <translation>Live-Inferenz fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The live source %1 stopped with an error.</source>
        <translation>Die Live-Quelle %1 ist mit einem Fehler stehen geblieben.</translation>
    </message>
</context>
<context>
    <name>explorer::LiveController</name>
    <message>
        <source>Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mpg);;All files (*)</source>
        <translation>Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mpg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>Live-Ansicht: %1</translation>
    </message>
    <message>
        <source>Open video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <source>Slide show of a folder</source>
        <translation>Diashow eines Ordners</translation>
    </message>
    <message>
        <source>Where images come from</source>
        <translation>Woher die Bilder kommen</translation>
    </message>
    <message>
        <source>Image files</source>
        <translation>Bilddateien</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Videodatei</translation>
    </message>
    <message>
        <source>No camera opens on this machine (none connected, or each is in use).</source>
        <translation>Auf diesem Rechner lässt sich keine Kamera öffnen (keine angeschlossen oder jede in Benutzung).</translation>
    </message>
</context>
<context>
    <name>explorer::LivePanel</name>
    <message>
        <source>&amp;Camera</source>
        <translation>&amp;Kamera</translation>
    </message>
    <message>
        <source>Start the first camera that opens</source>
        <translation>Die erste Kamera starten, die sich öffnen lässt</translation>
    </message>
    <message>
        <source>&amp;Video…</source>
        <translation>&amp;Video…</translation>
    </message>
    <message>
        <source>Slide &amp;show…</source>
        <translation>&amp;Diashow…</translation>
    </message>
    <message>
        <source>Every image of a folder, in turn</source>
        <translation>Alle Bilder eines Ordners nacheinander</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Mirror</source>
        <translation>S&amp;piegeln</translation>
    </message>
    <message>
        <source>Show the picture as in a mirror (the network sees it unmirrored)</source>
        <translation>Das Bild gespiegelt zeigen (das Netz sieht es ungespiegelt)</translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Hold the current frame (Space)</source>
        <translation>Das aktuelle Bild festhalten (Leertaste)</translation>
    </message>
    <message>
        <source>S&amp;napshot</source>
        <translation>Schnapp&amp;schuss</translation>
    </message>
    <message>
        <source>Save the frame shown as a PNG</source>
        <translation>Das gezeigte Bild als PNG speichern</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Schnappschuss speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>Schnappschuss gespeichert unter %1</translation>
    </message>
    <message numerus="yes">
        <source>capture %1 fps · inference %2 fps
forward %3 ms · %n frame(s) skipped</source>
        <translation>
            <numerusform>Aufnahme %1 B/s · Inferenz %2 B/s
Vorwärtsdurchlauf %3 ms · %n Bild übersprungen</numerusform>
            <numerusform>Aufnahme %1 B/s · Inferenz %2 B/s
Vorwärtsdurchlauf %3 ms · %n Bilder übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no frame to save.</source>
        <translation>Es gibt kein Bild zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>explorer::LiveView</name>
    <message>
        <source>No live source. Start the camera, or open a video or a folder of images.</source>
        <translation>Keine Live-Quelle. Die Kamera starten oder ein Video oder einen Bilderordner öffnen.</translation>
    </message>
</context>
<context>
    <name>explorer::MainWindow</name>
    <message>
        <source>Inception Explorer</source>
        <translation>Inception Explorer</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open image…</source>
        <translation>Bild ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>Bild ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Export diagram…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Colour by &amp;activation</source>
        <translation>Nach &amp;Aktivierung färben</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Tint each module by its mean activation for the current image</source>
        <translation>Jedes Modul nach seiner mittleren Aktivierung für das aktuelle Bild tönen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Classifying %1…</source>
        <translation>%1 wird klassifiziert…</translation>
    </message>
    <message>
        <source>Diagram written to %1</source>
        <translation>Diagramm geschrieben nach %1</translation>
    </message>
    <message>
        <source>Restart the application to use the new language.</source>
        <translation>Die Anwendung neu starten, um die neue Sprache zu verwenden.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>&amp;Side by side…</source>
        <translation>&amp;Nebeneinander…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Paper vs implementation</source>
        <translation>Paper und Implementierung</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Class &amp;names…</source>
        <translation>&amp;Klassennamen…</translation>
    </message>
    <message>
        <source>Computing for %1…</source>
        <translation>Berechnung für %1…</translation>
    </message>
    <message>
        <source>%1 is opening…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>explorer::NetworkView</name>
    <message>
        <source>Cannot describe %1: %2</source>
        <translation>%1 lässt sich nicht beschreiben: %2</translation>
    </message>
</context>
<context>
    <name>explorer::NodeSearch</name>
    <message>
        <source>Find node (Ctrl+F)</source>
        <translation>Knoten suchen (Strg+F)</translation>
    </message>
    <message>
        <source>No node matches “%1”</source>
        <translation>Kein Knoten passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::PaperPanel</name>
    <message>
        <source>&lt;p&gt;No difference between the paper and the reference implementation of this variant has been checked against a source here yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für diese Variante wurde hier noch kein Unterschied zwischen Paper und Referenzimplementierung an einer Quelle geprüft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>The paper:</source>
        <translation>Das Paper:</translation>
    </message>
    <message>
        <source>The reference:</source>
        <translation>Die Referenz:</translation>
    </message>
    <message>
        <source>This project:</source>
        <translation>Dieses Projekt:</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <source>Verified in:</source>
        <translation>Geprüft in:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is listed for this variant: its reference implementation (%1) is not installed on this machine, and a difference is listed only once the lines of the reference&apos;s source that show it have been checked here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für diese Variante ist nichts aufgeführt: Ihre Referenzimplementierung (%1) ist auf diesem Rechner nicht installiert, und ein Unterschied wird erst aufgeführt, wenn die Zeilen im Quelltext der Referenz, die ihn zeigen, hier geprüft wurden.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>explorer::PredictionsPanel</name>
    <message>
        <source>Drop an image on the window, or use File ▸ Open image… (Ctrl+O).</source>
        <translation>Ein Bild auf das Fenster ziehen oder Datei ▸ Bild öffnen… (Strg+O) verwenden.</translation>
    </message>
    <message>
        <source>Live: the frame is in the Live dock</source>
        <translation>Live: Das Bild steht im Live-Fenster</translation>
    </message>
    <message>
        <source>Untrained network: random weights (calibrated). These classes mean nothing — the activations still show what each branch computes.</source>
        <translation>Untrainiertes Netz: Zufallsgewichte (kalibriert). Diese Klassen bedeuten nichts — die Aktivierungen zeigen dennoch, was jeder Zweig berechnet.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 ms</source>
        <translation>%1 · %2 · %3 ms</translation>
    </message>
    <message>
        <source>Fashion-MNIST network trained by this project: it knows 10 kinds of clothing, and sees your image as %1×%2 grey (right).</source>
        <translation>Von diesem Projekt trainiertes Fashion-MNIST-Netz: Es kennt 10 Arten von Kleidung und sieht Ihr Bild als %1×%2 Graustufen (rechts).</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Knocked out: %1. Grey bars: before, coloured bars: after.</source>
        <translation>Ausgeschaltet: %1. Graue Balken: vorher, farbige Balken: nachher.</translation>
    </message>
    <message>
        <source>New top-1: %1 (was %2, %3 %)</source>
        <translation>Neue Top-1: %1 (vorher %2, %3 %)</translation>
    </message>
    <message>
        <source>The top-1 stays.</source>
        <translation>Die Top-1 bleibt.</translation>
    </message>
    <message>
        <source>rank %1, unchanged</source>
        <translation>Rang %1, unverändert</translation>
    </message>
    <message>
        <source>rank %1 → %2 ▲</source>
        <translation>Rang %1 → %2 ▲</translation>
    </message>
    <message>
        <source>rank %1 → %2 ▼</source>
        <translation>Rang %1 → %2 ▼</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>vorher: %1</translation>
    </message>
</context>
<context>
    <name>explorer::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language applies the next time the application starts.</source>
        <translation>Die Sprache gilt ab dem nächsten Start der Anwendung.</translation>
    </message>
</context>
<context>
    <name>explorer::PresenterWindow</name>
    <message>
        <source>Presenter view — Inception Explorer</source>
        <translation>Referentenansicht — Inception Explorer</translation>
    </message>
    <message>
        <source>Time since the tour started (click Reset to start again)</source>
        <translation>Zeit seit Beginn der Tour (Zurücksetzen startet neu)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notizen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next&lt;/b&gt;</source>
        <translation>&lt;b&gt;Als Nächstes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>(Schritt ohne Titel)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No notes for this step.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Notizen zu diesem Schritt.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;This is the last step.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Dies ist der letzte Schritt.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>explorer::RunChoices</name>
    <message>
        <source>Network variant</source>
        <translation>Netzvariante</translation>
    </message>
    <message>
        <source>Run the network on the CPU or on the GPU</source>
        <translation>Das Netz auf der CPU oder der GPU ausführen</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>This LibTorch has no CUDA device</source>
        <translation>Diese LibTorch hat kein CUDA-Gerät</translation>
    </message>
    <message>
        <source>Number format of the forward pass: float32 gives the reference&apos;s numbers; bfloat16 is faster where the processor has it and moves probabilities slightly</source>
        <translation>Zahlenformat des Vorwärtsdurchlaufs: float32 liefert die Zahlen der Referenz; bfloat16 ist schneller, wo der Prozessor es beherrscht, und verschiebt Wahrscheinlichkeiten leicht</translation>
    </message>
    <message>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <source>Where the network runs, and with which weights</source>
        <translation>Wo das Netz läuft und mit welchen Gewichten</translation>
    </message>
    <message>
        <source>Opening the network: weights, and for random weights their calibration</source>
        <translation>Das Netz wird geöffnet: Gewichte, bei Zufallsgewichten deren Kalibrierung</translation>
    </message>
    <message>
        <source>Opening %1: %2</source>
        <translation>%1 wird geöffnet: %2</translation>
    </message>
    <message>
        <source>%1 · untrained (random weights)</source>
        <translation>%1 · untrainiert (Zufallsgewichte)</translation>
    </message>
    <message>
        <source>%1 · pretrained weights</source>
        <translation>%1 · vortrainierte Gewichte</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>%1 bereit</translation>
    </message>
    <message>
        <source>Unknown variant: %1</source>
        <translation>Unbekannte Variante: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Loading %1 from %2…</source>
        <translation>%1 wird aus %2 geladen…</translation>
    </message>
    <message>
        <source>This LibTorch has no CUDA device; the network stays on the CPU.</source>
        <translation>Diese LibTorch hat kein CUDA-Gerät; das Netz bleibt auf der CPU.</translation>
    </message>
    <message>
        <source>The network now runs on %1</source>
        <translation>Das Netz läuft jetzt auf %1</translation>
    </message>
    <message>
        <source>Forward passes in bfloat16: faster, probabilities move slightly</source>
        <translation>Vorwärtsdurchläufe in bfloat16: schneller, Wahrscheinlichkeiten verschieben sich leicht</translation>
    </message>
    <message>
        <source>Forward passes in float32: the reference implementation&apos;s numbers</source>
        <translation>Vorwärtsdurchläufe in float32: die Zahlen der Referenzimplementierung</translation>
    </message>
    <message>
        <source>Cannot read the class names in %1: %2</source>
        <translation>Die Klassennamen in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 class names, but the classifier of %3 has %4 outputs: one name per line, in the order of the outputs.</source>
        <translation>%1 enthält %2 Klassennamen, der Klassifikator von %3 hat aber %4 Ausgänge: ein Name pro Zeile, in der Reihenfolge der Ausgänge.</translation>
    </message>
    <message>
        <source>Loading the class names of %1 from %2…</source>
        <translation>Klassennamen für %1 werden aus %2 geladen…</translation>
    </message>
    <message>
        <source>%1 open; computing the image…</source>
        <translation>%1 geöffnet; das Bild wird berechnet…</translation>
    </message>
</context>
<context>
    <name>explorer::SanityChart</name>
    <message>
        <source>shuffled labels</source>
        <translation>vertauschte Labels</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>trainiert</translation>
    </message>
    <message>
        <source>re-initialised from the classifier down →</source>
        <translation>vom Klassifikator abwärts neu initialisiert →</translation>
    </message>
    <message>
        <source>rank correlation</source>
        <translation>Rangkorrelation</translation>
    </message>
    <message>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
</context>
<context>
    <name>explorer::SideBySideWindow</name>
    <message>
        <source>Side by side — Inception Explorer</source>
        <translation>Nebeneinander — Inception Explorer</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>&amp;Bild öffnen…</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>Bild öffnen</translation>
    </message>
    <message>
        <source>%1 · random weights (calibrated): the classes mean nothing</source>
        <translation>%1 · Zufallsgewichte (kalibriert): Die Klassen bedeuten nichts</translation>
    </message>
    <message>
        <source>%1 · pretrained weights</source>
        <translation>%1 · vortrainierte Gewichte</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>Multiplikationen-Additionen</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Forward time, this image</source>
        <translation>Vorwärtszeit, dieses Bild</translation>
    </message>
    <message>
        <source>Stages lined up by how far each network has reduced its input; click a row to frame both</source>
        <translation>Stufen danach ausgerichtet, wie weit jedes Netz seine Eingabe verkleinert hat; Klick auf eine Zeile rahmt beide ein</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Classifying %1…</source>
        <translation>%1 wird klassifiziert…</translation>
    </message>
    <message>
        <source>right ÷ left</source>
        <translation>rechts ÷ links</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>Verkleinert</translation>
    </message>
    <message>
        <source>÷%1</source>
        <translation>÷%1</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>gepoolt</translation>
    </message>
    <message>
        <source>Open an image: both networks classify it.</source>
        <translation>Ein Bild öffnen: Beide Netze klassifizieren es.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
</context>
<context>
    <name>explorer::StatisticsPanel</name>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Share of MACs</source>
        <translation>Anteil an den MACs</translation>
    </message>
    <message>
        <source>This network</source>
        <translation>Dieses Netz</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>GMACs</source>
        <translation>GMACs</translation>
    </message>
    <message>
        <source>Published top-1 (%)</source>
        <translation>Veröffentlichte Top-1 (%)</translation>
    </message>
    <message>
        <source>Latency here (ms)</source>
        <translation>Latenz hier (ms)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>&amp;Measure latency</source>
        <translation>Latenz &amp;messen</translation>
    </message>
    <message>
        <source>Time one forward pass (batch 1, median of 3 after a warm-up) of every variant on this machine</source>
        <translation>Einen Vorwärtsdurchlauf jeder Variante auf diesem Rechner messen (Batch 1, Median aus 3 nach einem Aufwärmlauf)</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Messung läuft…</translation>
    </message>
    <message>
        <source>The five variants</source>
        <translation>Die fünf Varianten</translation>
    </message>
    <message>
        <source>%1 of %2 measured on %3, batch 1, untrained weights (the time does not depend on their values).</source>
        <translation>%1 von %2 gemessen auf %3, Batch 1, untrainierte Gewichte (die Zeit hängt nicht von ihren Werten ab).</translation>
    </message>
    <message>
        <source>Multiply-adds (millions)</source>
        <translation>Multiplikationen-Additionen (Millionen)</translation>
    </message>
    <message>
        <source>Where %1 spends its multiply-adds, stage by stage</source>
        <translation>Wofür %1 seine Multiplikationen-Additionen aufwendet, Stufe für Stufe</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
</context>
<context>
    <name>explorer::SweepDialog</name>
    <message>
        <source>Knockout sweep — %1</source>
        <translation>Zweige einzeln ausgeschaltet — %1</translation>
    </message>
    <message>
        <source>Each branch of &lt;b&gt;%1&lt;/b&gt; knocked out in turn. &lt;i&gt;Drop&lt;/i&gt;: how much the original top-1&apos;s probability falls; &lt;i&gt;top-1 kept&lt;/i&gt;: whether it stays on top; &lt;i&gt;KL&lt;/i&gt;: the KL divergence of the whole distribution from the original (nats). Click a column to sort.</source>
        <translation>Jeder Zweig von &lt;b&gt;%1&lt;/b&gt; wird der Reihe nach ausgeschaltet. &lt;i&gt;Rückgang&lt;/i&gt;: wie stark die Wahrscheinlichkeit der ursprünglichen Top-1 fällt; &lt;i&gt;Top-1 bleibt&lt;/i&gt;: ob sie vorn bleibt; &lt;i&gt;KL&lt;/i&gt;: die KL-Divergenz der ganzen Verteilung zur ursprünglichen (nats). Eine Spalte anklicken, um zu sortieren.</translation>
    </message>
    <message>
        <source>Replace each channel by its spatial mean instead of zero</source>
        <translation>Jeden Kanal durch seinen räumlichen Mittelwert statt durch null ersetzen</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <source>Top-1 kept</source>
        <translation>Top-1 bleibt</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>Mean per branch over the images:</source>
        <translation>Mittel je Zweig über die Bilder:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Mean drop</source>
        <translation>Mittlerer Rückgang</translation>
    </message>
    <message>
        <source>Mean KL</source>
        <translation>Mittlere KL</translation>
    </message>
    <message>
        <source>Add a folder of images…</source>
        <translation>Einen Bilderordner hinzufügen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Bilderordner</translation>
    </message>
    <message>
        <source>%1 holds no images.</source>
        <translation>%1 enthält keine Bilder.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n image(s) of this batch.</source>
        <translation>
            <numerusform>Abgebrochen nach %n Bild dieses Stapels.</numerusform>
            <numerusform>Abgebrochen nach %n Bildern dieses Stapels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) swept in all.</source>
        <translation>
            <numerusform>Insgesamt %n Bild durchprobiert.</numerusform>
            <numerusform>Insgesamt %n Bilder durchprobiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read; the last: %1</source>
        <translation>
            <numerusform>%n Bild war nicht lesbar; zuletzt: %1</numerusform>
            <numerusform>%n Bilder waren nicht lesbar; zuletzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Export the sweep</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Restore knockouts first</source>
        <translation>Erst Ausschaltungen aufheben</translation>
    </message>
    <message>
        <source>Restore every knocked-out node in the window and sweep again against the whole network</source>
        <translation>Alle ausgeschalteten Knoten im Fenster wiederherstellen und erneut gegen das ganze Netz durchlaufen</translation>
    </message>
    <message>
        <source>Baseline: the whole network, as loaded.</source>
        <translation>Vergleichsbasis: das ganze Netz, wie geladen.</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Baseline: the network with %1 knocked out, as in the window; they stay knocked out during the sweep, and a branch already knocked out shows a drop of 0.</source>
        <translation>Vergleichsbasis: das Netz mit %1 ausgeschaltet, wie im Fenster; sie bleiben während des Durchlaufs ausgeschaltet, und ein bereits ausgeschalteter Zweig zeigt einen Rückgang von 0.</translation>
    </message>
    <message numerus="yes">
        <source>Sweeping %n image(s)…</source>
        <translation>
            <numerusform>%n Bild wird durchlaufen…</numerusform>
            <numerusform>%n Bilder werden durchlaufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (knocked out in the baseline)</source>
        <translation>%1 (in der Vergleichsbasis ausgeschaltet)</translation>
    </message>
</context>
<context>
    <name>explorer::TourBar</name>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>Vorheriger Schritt (Bild auf)</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>Nächster Schritt (Bild ab)</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>Tour schließen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n step(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n Schritt</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Page Down (or Space) starts the tour.</source>
        <translation>Bild ab (oder Leertaste) startet die Tour.</translation>
    </message>
    <message>
        <source>Set up a view and choose Tour ▸ Add current view as step (Ctrl+Shift+A).</source>
        <translation>Eine Ansicht einrichten und Tour ▸ Aktuelle Ansicht als Schritt hinzufügen wählen (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
</context>
<context>
    <name>explorer::TourController</name>
    <message>
        <source>New tour</source>
        <translation>Neue Tour</translation>
    </message>
    <message>
        <source>Step %1 added. Tour ▸ Edit step… gives it a caption and notes.</source>
        <translation>Schritt %1 hinzugefügt. Tour ▸ Schritt bearbeiten… gibt ihm Bildunterschrift und Notizen.</translation>
    </message>
    <message>
        <source>No tour is open.</source>
        <translation>Keine Tour ist geöffnet.</translation>
    </message>
    <message>
        <source>Tour saved to %1.</source>
        <translation>Tour gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>explorer::TourMenu</name>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Tour</translation>
    </message>
    <message>
        <source>&amp;Built-in tour: From GoogLeNet to Inception-ResNet</source>
        <translation>&amp;Eingebaute Tour: Von GoogLeNet zu Inception-ResNet</translation>
    </message>
    <message>
        <source>&amp;Open tour…</source>
        <translation>Tour ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>Tour öffnen</translation>
    </message>
    <message>
        <source>Tours (*.json)</source>
        <translation>Touren (*.json)</translation>
    </message>
    <message>
        <source>&amp;New tour</source>
        <translation>&amp;Neue Tour</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>&amp;First step</source>
        <translation>&amp;Erster Schritt</translation>
    </message>
    <message>
        <source>&amp;Last step</source>
        <translation>&amp;Letzter Schritt</translation>
    </message>
    <message>
        <source>&amp;Add current view as step</source>
        <translation>Aktuelle Ansicht als Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Edit step…</source>
        <translation>Schritt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Move step &amp;up</source>
        <translation>Schritt nach &amp;oben</translation>
    </message>
    <message>
        <source>Move step do&amp;wn</source>
        <translation>Schritt nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Delete step</source>
        <translation>Schritt &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Save tour as…</source>
        <translation>Tour &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Save the tour</source>
        <translation>Tour speichern</translation>
    </message>
    <message>
        <source>Presenter &amp;view</source>
        <translation>&amp;Referentenansicht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>&amp;Handout exportieren…</translation>
    </message>
    <message>
        <source>Export the handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Bildunterschrift:</translation>
    </message>
    <message>
        <source>Numbers come from the tree: {params:googlenet/inception4a}, {macs:inception_v3/Mixed_6b}, {shape:…}, {scale:…}, {saving:%1}.</source>
        <translation>Zahlen kommen aus dem Baum: {params:googlenet/inception4a}, {macs:inception_v3/Mixed_6b}, {shape:…}, {scale:…}, {saving:%1}.</translation>
    </message>
    <message>
        <source>Speaker &amp;notes:</source>
        <translation>Sprecher&amp;notizen:</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>Handout wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing the handout: step %1 of %2…</source>
        <translation>Handout wird geschrieben: Schritt %1 von %2…</translation>
    </message>
</context>
<context>
    <name>explorer::TrainingPanel</name>
    <message>
        <source>Fashion-MNIST (28×28 grey)</source>
        <translation>Fashion-MNIST (28×28 Graustufen)</translation>
    </message>
    <message>
        <source>CIFAR-10 folder…</source>
        <translation>CIFAR-10-Ordner…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>Bilderordner…</translation>
    </message>
    <message>
        <source>Multiplies every filter count (the five reference networks need 1, 0.5, 0.25 or 0.125)</source>
        <translation>Multipliert jede Filterzahl (die fünf Referenznetze brauchen 1, 0,5, 0,25 oder 0,125)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Train on the first N images only (0: all)</source>
        <translation>Nur mit den ersten N Bildern trainieren (0: alle)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>BN vs no BN</source>
        <translation>BN gegen ohne BN</translation>
    </message>
    <message>
        <source>Trains the teaching pair (with and without batch norm) one after the other and overlays their curves</source>
        <translation>Trainiert das Lehrpaar (mit und ohne Batch-Normalisierung) nacheinander und legt ihre Kurven übereinander</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>Lauf öffnen…</translation>
    </message>
    <message>
        <source>Add the curves of a run folder (also one still being written, followed live)</source>
        <translation>Die Kurven eines Laufordners hinzufügen (auch eines, der noch geschrieben wird: live verfolgt)</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>Laufordner öffnen</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <source>Exponential moving average of the per-step curves</source>
        <translation>Exponentieller gleitender Mittelwert der Kurven je Schritt</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>Kurven exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>Eingereiht: %1</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation>Der Laufordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Loading the data…</source>
        <translation>Die Daten werden geladen…</translation>
    </message>
    <message>
        <source>Training %1…</source>
        <translation>%1 wird trainiert…</translation>
    </message>
    <message>
        <source>Paused at step %1: Resume continues the same curve</source>
        <translation>Pausiert bei Schritt %1: Fortsetzen führt dieselbe Kurve weiter</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>%1 has no metrics.csv: not a run folder</source>
        <translation>%1 hat keine metrics.csv: kein Laufordner</translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation>%1 Training</translation>
    </message>
    <message>
        <source>%1 epoch mean</source>
        <translation>%1 Epochenmittel</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>solid: train, per step (smoothed) · dotted: train, mean per epoch · dashed with points: validation</source>
        <translation>durchgezogen: Training je Schritt (geglättet) · gepunktet: Training, Mittel je Epoche · gestrichelt mit Punkten: Validierung</translation>
    </message>
    <message>
        <source>Fit the newest run</source>
        <translation>An den neuesten Lauf anpassen</translation>
    </message>
    <message>
        <source>The step axis spans the newest run; longer runs are cut at its last step</source>
        <translation>Die Schrittachse umfasst den neuesten Lauf; längere Läufe werden bei dessen letztem Schritt abgeschnitten</translation>
    </message>
</context>
<context>
    <name>explorer::WeightsPanel</name>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Fetch the published file into the cache; it is kept only if its SHA-256 matches</source>
        <translation>Die veröffentlichte Datei in den Zwischenspeicher holen; sie bleibt nur, wenn ihre SHA-256 stimmt</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Use any local weight file (.pth, .pt, .bin, .safetensors) for the selected variant</source>
        <translation>Eine beliebige lokale Gewichtsdatei (.pth, .pt, .bin, .safetensors) für die gewählte Variante verwenden</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Weights are looked for in %1 and the HuggingFace cache. Without them a variant runs untrained (random weights), and says so.</source>
        <translation>Gewichte werden in %1 und im HuggingFace-Zwischenspeicher gesucht. Ohne sie läuft eine Variante untrainiert (Zufallsgewichte) und sagt das.</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Downloaded and verified: %1</source>
        <translation>Heruntergeladen und geprüft: %1</translation>
    </message>
    <message>
        <source>found, verified</source>
        <translation>gefunden, geprüft</translation>
    </message>
    <message>
        <source>found (no hash to check)</source>
        <translation>gefunden (kein Hash zum Prüfen)</translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>missing — untrained until downloaded</source>
        <translation>fehlt — untrainiert bis zum Download</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>keine veröffentlicht</translation>
    </message>
    <message>
        <source>No published weights are known for %1.</source>
        <translation>Für %1 sind keine veröffentlichten Gewichte bekannt.</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message>
        <source>Weights for %1</source>
        <translation>Gewichte für %1</translation>
    </message>
    <message>
        <source>Weight files (*.pth *.pt *.bin *.safetensors);;All files (*)</source>
        <translation>Gewichtsdateien (*.pth *.pt *.bin *.safetensors);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Class &amp;names…</source>
        <translation>&amp;Klassennamen…</translation>
    </message>
    <message>
        <source>Names for the classes of the network shown, one per line in the classifier&apos;s order; kept with its weight file</source>
        <translation>Namen für die Klassen des angezeigten Netzes, einer pro Zeile in der Reihenfolge des Klassifikators; mit seiner Gewichtsdatei gemerkt</translation>
    </message>
    <message>
        <source>Class names, one per line</source>
        <translation>Klassennamen, einer pro Zeile</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.names);;All files (*)</source>
        <translation>Textdateien (*.txt *.csv *.names);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Teach and inspect the Inception networks.</source>
        <translation>Die Inception-Netze lehren und untersuchen.</translation>
    </message>
    <message>
        <source>Image to classify.</source>
        <translation>Zu klassifizierendes Bild.</translation>
    </message>
    <message>
        <source>Node to select.</source>
        <translation>Auszuwählender Knoten.</translation>
    </message>
    <message>
        <source>Modules to open.</source>
        <translation>Zu öffnende Module.</translation>
    </message>
    <message>
        <source>Docks to show.</source>
        <translation>Zu zeigende Fenster.</translation>
    </message>
    <message>
        <source>Render the window to this PNG and exit.</source>
        <translation>Das Fenster in dieses PNG zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Open a figure of the Figures menu (&quot;help&quot; lists them).</source>
        <translation>Eine Abbildung aus dem Menü Abbildungen öffnen („help“ listet sie auf).</translation>
    </message>
    <message>
        <source>With --image and --select: enlarge this channel of this branch (1-based).</source>
        <translation>Mit --image und --select: diesen Kanal dieses Zweigs vergrößern (ab 1 gezählt).</translation>
    </message>
    <message>
        <source>Time every variant for the comparison table first.</source>
        <translation>Zuerst jede Variante für die Vergleichstabelle messen.</translation>
    </message>
    <message>
        <source>Start the live view on cam:N, a video or a folder.</source>
        <translation>Die Live-Ansicht mit cam:N, einem Video oder einem Ordner starten.</translation>
    </message>
    <message>
        <source>With --live and --screenshot: wait for this many predictions.</source>
        <translation>Mit --live und --screenshot: auf so viele Vorhersagen warten.</translation>
    </message>
    <message>
        <source>Language of the window (de, zh_CN, en); default: Preferences, else the system&apos;s.</source>
        <translation>Sprache des Fensters (de, zh_CN, en); Vorgabe: Einstellungen, sonst die des Systems.</translation>
    </message>
    <message>
        <source>Images (or a folder) to classify at start.</source>
        <translation>Beim Start zu klassifizierende Bilder (oder ein Ordner).</translation>
    </message>
    <message>
        <source>Variant to show (default: one with weights on disk, else the bundled Fashion-MNIST model).</source>
        <translation>Anzuzeigende Variante (Standard: eine mit Gewichten auf der Platte, sonst das mitgelieferte Fashion-MNIST-Modell).</translation>
    </message>
    <message>
        <source>Add a training run folder&apos;s curves to the Training dock (repeatable).</source>
        <translation>Die Kurven eines Trainingslaufordners zum Training-Dock hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>Start training: a network id, or bn-vs-nobn for the teaching pair.</source>
        <translation>Training starten: eine Netz-ID oder bn-vs-nobn für das Lehrpaar.</translation>
    </message>
    <message>
        <source>With --train: use the first N training images.</source>
        <translation>Mit --train: die ersten N Trainingsbilder verwenden.</translation>
    </message>
    <message>
        <source>With --train and --screenshot: wait until the run has taken N steps.</source>
        <translation>Mit --train und --screenshot: warten, bis der Lauf N Schritte gemacht hat.</translation>
    </message>
    <message>
        <source>Write the Training dock&apos;s curves to this PNG and exit.</source>
        <translation>Die Kurven des Training-Docks in dieses PNG schreiben und beenden.</translation>
    </message>
    <message>
        <source>Knock out a node: ID or ID=mean (repeatable).</source>
        <translation>Einen Knoten ausschalten: ID oder ID=mean (wiederholbar).</translation>
    </message>
    <message>
        <source>Grad-CAM on, for this class (-1: the top-1).</source>
        <translation>Grad-CAM einschalten, für diese Klasse (-1: die Top-1).</translation>
    </message>
    <message>
        <source>With --image: compute the occlusion map first.</source>
        <translation>Mit --image: zuerst die Verdeckungskarte berechnen.</translation>
    </message>
    <message>
        <source>With --image: the knockout sweep of this module, over the image and the files given (with --screenshot: a picture of the sweep).</source>
        <translation>Mit --image: die Zweige dieses Moduls einzeln ausschalten, für das Bild und die angegebenen Dateien (mit --screenshot: ein Bild der Tabelle).</translation>
    </message>
    <message>
        <source>With --channel: draw the receptive field of this cell (row,column) on the input.</source>
        <translation>Mit --channel: das rezeptive Feld dieser Zelle (Zeile,Spalte) auf der Eingabe zeichnen.</translation>
    </message>
    <message>
        <source>With --channel: run &quot;What does this channel look for?&quot; first.</source>
        <translation>Mit --channel: zuerst „Worauf reagiert dieser Kanal?“ ausführen.</translation>
    </message>
    <message>
        <source>With --image: index this folder of images for dataset examples first (as &quot;Index a folder…&quot;).</source>
        <translation>Mit --image: zuerst diesen Bilderordner für Beispiele aus dem Datensatz indizieren (wie „Ordner indizieren…“).</translation>
    </message>
    <message>
        <source>With --image: DeepDream at this node (with --screenshot: a picture of the dialog).</source>
        <translation>Mit --image: DeepDream an diesem Knoten (mit --screenshot: ein Bild des Dialogs).</translation>
    </message>
    <message>
        <source>Open a tour (a file, or &quot;builtin&quot;) and play its first step (or --step).</source>
        <translation>Eine Tour öffnen (eine Datei oder &quot;builtin&quot;) und ihren ersten Schritt (oder --step) zeigen.</translation>
    </message>
    <message>
        <source>With --tour: play step N (from 1).</source>
        <translation>Mit --tour: Schritt N zeigen (ab 1).</translation>
    </message>
    <message>
        <source>Render a tour (a file, or &quot;builtin&quot;) as a handout (--pdf and/or --png-folder) and exit.</source>
        <translation>Eine Tour (eine Datei oder &quot;builtin&quot;) als Handout ausgeben (--pdf und/oder --png-folder) und beenden.</translation>
    </message>
    <message>
        <source>With --handout: the PDF to write.</source>
        <translation>Mit --handout: die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>With --handout: a folder for one PNG per step.</source>
        <translation>Mit --handout: ein Ordner für ein PNG je Schritt.</translation>
    </message>
    <message>
        <source>With --handout: Letter pages instead of A4.</source>
        <translation>Mit --handout: Letter- statt A4-Seiten.</translation>
    </message>
    <message>
        <source>With --handout: print the speaker notes too.</source>
        <translation>Mit --handout: auch die Sprechernotizen drucken.</translation>
    </message>
    <message>
        <source>With --tour: write the tour to this file (e.g. the built-in one, to edit) and exit.</source>
        <translation>Mit --tour: die Tour in diese Datei schreiben (z. B. die eingebaute, zum Bearbeiten) und beenden.</translation>
    </message>
    <message>
        <source>With --tour: open the presenter view and render it to this PNG.</source>
        <translation>Mit --tour: die Referentenansicht öffnen und als PNG ausgeben.</translation>
    </message>
    <message>
        <source>With --image: two variants side by side on it (with --screenshot: a picture of that window).</source>
        <translation>Mit --image: zwei Varianten nebeneinander darauf (mit --screenshot: ein Bild dieses Fensters).</translation>
    </message>
    <message>
        <source>Show the Paper vs implementation dock at its item N (from 1).</source>
        <translation>Das Dock „Paper und Implementierung“ bei Eintrag N (ab 1) zeigen.</translation>
    </message>
    <message>
        <source>With --look-for: three pictures pushed apart by the diversity term.</source>
        <translation>Mit --look-for: drei Bilder, durch den Diversitätsterm auseinandergedrückt.</translation>
    </message>
    <message>
        <source>Window size (default: as it was last closed, else fitted to the screen; 1600x1000 when rendering to a file).</source>
        <translation>Fenstergröße (Vorgabe: wie beim letzten Schließen, sonst an den Bildschirm angepasst; 1600x1000 beim Rendern in eine Datei).</translation>
    </message>
    <message>
        <source>Start in lecture mode (F11); with --size or --screenshot at the window&apos;s size instead of full screen.</source>
        <translation>Im Vorlesungsmodus (F11) starten; mit --size oder --screenshot in der Fenstergröße statt im Vollbild.</translation>
    </message>
    <message>
        <source>With --image: compute this input attribution first (gradient, input-x-gradient, integrated-gradients, smoothgrad, smoothgrad-squared, vargrad, guided-backprop).</source>
        <translation>Mit --image: zuerst diese Eingabe-Attribution berechnen (gradient, input-x-gradient, integrated-gradients, smoothgrad, smoothgrad-squared, vargrad, guided-backprop).</translation>
    </message>
    <message>
        <source>With --image and --attribution: then its sanity check (trained weights).</source>
        <translation>Mit --image und --attribution: danach deren Plausibilitätsprüfung (trainierte Gewichte).</translation>
    </message>
    <message>
        <source>With --attribution: then its deletion and insertion curves on Fashion-MNIST test images (the bundled model).</source>
        <translation>Mit --attribution: danach deren Lösch- und Einfügekurven auf Fashion-MNIST-Testbildern (mitgeliefertes Modell).</translation>
    </message>
    <message>
        <source>Lay this one-pass map (gradient, input-x-gradient, guided-backprop) of the top-1 over the live view.</source>
        <translation>Diese Karte mit einem Durchlauf (gradient, input-x-gradient, guided-backprop) der Top-1-Klasse über die Live-Ansicht legen.</translation>
    </message>
</context>
</TS>
