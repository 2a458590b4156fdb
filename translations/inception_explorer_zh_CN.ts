<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchNode</name>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>block</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>分类器</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>series</source>
        <translation>串联</translation>
    </message>
    <message>
        <source>concat</source>
        <translation>拼接</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>残差</translation>
    </message>
    <message>
        <source>conv</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>maxpool</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>avgpool</source>
        <translation>平均池化</translation>
    </message>
    <message>
        <source>adaptive_avgpool</source>
        <translation>自适应平均池化</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>随机失活</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>全连接层</translation>
    </message>
    <message>
        <source>transform_input</source>
        <translation>输入变换</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>没有可导出的内容。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large; choose a smaller scale.</source>
        <translation>%1 × %2 像素过大；请选择更小的缩放。</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image.</source>
        <translation>内存不足，无法生成 %1 × %2 的图像。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>导出结构图</translation>
    </message>
    <message>
        <source>The whole diagram</source>
        <translation>整个结构图</translation>
    </message>
    <message>
        <source>The current view</source>
        <translation>当前视图</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG 缩放</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>There is no network called %1.</source>
        <translation>没有名为 %1 的网络。</translation>
    </message>
    <message>
        <source>%1 has no node of that name.</source>
        <translation>%1 中没有这个名称的节点。</translation>
    </message>
    <message>
        <source>This request about %1 cannot be carried out here.</source>
        <translation>关于 %1 的这个请求无法在此执行。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be opened, read or written (permissions, a folder, a full disk?).</source>
        <translation>无法打开、读取或写入 %1（权限、是文件夹还是磁盘已满？）。</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated.</source>
        <translation>%1 已损坏或不完整。</translation>
    </message>
    <message>
        <source>%1 contains program code; it is refused and nothing of it runs.</source>
        <translation>%1 含有程序代码；已拒绝，其中任何内容都不会运行。</translation>
    </message>
    <message>
        <source>%1 is not in a format this program reads (for a picture: not an image).</source>
        <translation>%1 不是本程序能读取的格式（若为图片：不是图像）。</translation>
    </message>
    <message>
        <source>The weights in %1 do not fit this network.</source>
        <translation>%1 中的权重与该网络不匹配。</translation>
    </message>
    <message>
        <source>%1 does not have the size or channels the network takes.</source>
        <translation>%1 的尺寸或通道数与网络要求不符。</translation>
    </message>
    <message>
        <source>Something went wrong inside the program while handling %1.</source>
        <translation>处理 %1 时程序内部出错。</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>GoogLeNet: the whole network</source>
        <translation>GoogLeNet：整个网络</translation>
    </message>
    <message>
        <source>Szegedy et al. 2014, figure 3. Nine Inception modules in three stages, max-pooling between the stages, global average pooling instead of large fully connected layers: 22 layers with weights, yet 12 times fewer parameters than AlexNet.</source>
        <translation>Szegedy 等，2014 年，图 3。九个 Inception 模块分为三个阶段，阶段之间为最大池化，用全局平均池化代替大型全连接层：共 22 个带权重的层，参数却比 AlexNet 少 12 倍。</translation>
    </message>
    <message>
        <source>The Inception module, naive version</source>
        <translation>Inception 模块（朴素版本）</translation>
    </message>
    <message>
        <source>Figure 2(a). 1×1, 3×3 and 5×5 convolutions and 3×3 max-pooling side by side on one input, concatenated. Drawn here with inception3a&apos;s filter counts on its 192×28×28 input: the pooling branch passes all 192 channels through, so the output widens at every module and the 5×5 convolutions see the full input depth. No published network has this module: it is built from the same ArchNode types, not from the live model.</source>
        <translation>图 2(a)。1×1、3×3、5×5 卷积与 3×3 最大池化并列作用于同一输入，再拼接。此处按 inception3a 的卷积核数量、在其 192×28×28 输入上绘制：池化分支将全部 192 个通道直接传出，因此每经过一个模块输出都会变宽，而 5×5 卷积要处理完整的输入深度。没有任何已发表的网络使用这种模块：它由相同的 ArchNode 类型搭建，而非来自当前加载的模型。</translation>
    </message>
    <message>
        <source>The Inception module with dimension reductions</source>
        <translation>带降维的 Inception 模块</translation>
    </message>
    <message>
        <source>Figure 2(b), live: inception3a. 1×1 convolutions reduce the depth before the 3×3 and 5×5 convolutions and project the pooled branch, so the module costs a fraction of the naive one. (torchvision&apos;s GoogLeNet has a 3×3 convolution where the paper draws 5×5; kept, because its weights are shaped so.)</source>
        <translation>图 2(b)，实时模型：inception3a。1×1 卷积在 3×3 和 5×5 卷积之前降低深度，并对池化分支做投影，因此该模块的计算量只有朴素版本的一小部分。（torchvision 的 GoogLeNet 在论文画 5×5 的位置使用 3×3 卷积；为与其权重形状一致而保留。）</translation>
    </message>
    <message>
        <source>5×5 factorised into two 3×3 convolutions</source>
        <translation>将 5×5 分解为两个 3×3 卷积</translation>
    </message>
    <message>
        <source>BN-Inception inception_3a (the Inception-v3 paper&apos;s figure 5): two stacked 3×3 convolutions see a 5×5 window with 18/25 of the multiply-adds of one 5×5, and add a non-linearity between them. Every convolution is followed by batch normalisation.</source>
        <translation>BN-Inception 的 inception_3a（Inception-v3 论文图 5）：两个堆叠的 3×3 卷积具有 5×5 的感受野，乘加运算量只有一个 5×5 卷积的 18/25，并在两者之间多了一个非线性。每个卷积之后都接批归一化。</translation>
    </message>
    <message>
        <source>n×n factorised into 1×n and n×1</source>
        <translation>将 n×n 分解为 1×n 和 n×1</translation>
    </message>
    <message>
        <source>Inception-v3 Mixed_6b (figure 6 of the paper; Mixed_6c…6e alike): a 7×7 convolution factorised into 1×7 followed by 7×1, 14 weights per filter position instead of 49. It works well on the medium 17×17 grid.</source>
        <translation>Inception-v3 的 Mixed_6b（论文图 6；Mixed_6c…6e 相同）：把 7×7 卷积分解为 1×7 后接 7×1，每个卷积核位置只需 14 个权重而不是 49 个。在中等大小的 17×17 网格上效果很好。</translation>
    </message>
    <message>
        <source>Grid-size reduction that widens the filter bank</source>
        <translation>扩展卷积核组的网格尺寸缩减</translation>
    </message>
    <message>
        <source>Inception-v3 Mixed_6a (figure 10): stride-2 convolutions and a stride-2 max-pool in parallel, concatenated. The grid shrinks from 35×35 to 17×17 while the channels grow from 288 to 768, without the representational bottleneck of pooling first. Mixed_7a does the same from 17×17 to 8×8.</source>
        <translation>Inception-v3 的 Mixed_6a（图 10）：步幅为 2 的卷积与步幅为 2 的最大池化并行，再拼接。网格从 35×35 缩小到 17×17，通道数从 288 增加到 768，避免了先池化带来的表示瓶颈。Mixed_7a 以同样方式从 17×17 缩小到 8×8。</translation>
    </message>
    <message>
        <source>Inception-v4: the whole network</source>
        <translation>Inception-v4：整个网络</translation>
    </message>
    <message>
        <source>Szegedy et al. 2016, figure 9: stem, 4 × Inception-A, Reduction-A, 7 × Inception-B, Reduction-B, 3 × Inception-C, average pooling, dropout, softmax.</source>
        <translation>Szegedy 等，2016 年，图 9：主干、4 × Inception-A、Reduction-A、7 × Inception-B、Reduction-B、3 × Inception-C、平均池化、随机失活、softmax。</translation>
    </message>
    <message>
        <source>Inception-v4: the stem</source>
        <translation>Inception-v4：主干（stem）</translation>
    </message>
    <message>
        <source>Figure 3: three plain convolutions, then three parallel steps, each concatenating a convolution with a pool or a second convolution path, from 3×299×299 to 384×35×35.</source>
        <translation>图 3：先是三个普通卷积，然后是三个并行步骤，每一步把一个卷积与一个池化或第二条卷积路径拼接，从 3×299×299 变为 384×35×35。</translation>
    </message>
    <message>
        <source>Inception-v4: Inception-A</source>
        <translation>Inception-v4：Inception-A 模块</translation>
    </message>
    <message>
        <source>Figure 4: the 35×35 module. Four branches of 96 channels each; the 5×5 is two stacked 3×3 convolutions.</source>
        <translation>图 4：35×35 模块。四个分支各 96 个通道；5×5 由两个堆叠的 3×3 卷积构成。</translation>
    </message>
    <message>
        <source>Inception-v4: Reduction-A</source>
        <translation>Inception-v4：Reduction-A 模块</translation>
    </message>
    <message>
        <source>Figure 7: 35×35 to 17×17 with k=192, l=224, m=256, n=384 filters; the max-pooled branch keeps its 384 channels.</source>
        <translation>图 7：从 35×35 到 17×17，卷积核数 k=192、l=224、m=256、n=384；最大池化分支保留其 384 个通道。</translation>
    </message>
    <message>
        <source>Inception-v4: Inception-B</source>
        <translation>Inception-v4：Inception-B 模块</translation>
    </message>
    <message>
        <source>Figure 5: the 17×17 module, 7×7 convolutions factorised into 1×7 and 7×1.</source>
        <translation>图 5：17×17 模块，7×7 卷积分解为 1×7 和 7×1。</translation>
    </message>
    <message>
        <source>Inception-v4: Reduction-B</source>
        <translation>Inception-v4：Reduction-B 模块</translation>
    </message>
    <message>
        <source>Figure 8: 17×17 to 8×8, a 3×3 stride-2 path, a 1×7 / 7×1 path and a max-pool.</source>
        <translation>图 8：从 17×17 到 8×8，一条步幅为 2 的 3×3 路径、一条 1×7 / 7×1 路径和一个最大池化。</translation>
    </message>
    <message>
        <source>Inception-v4: Inception-C</source>
        <translation>Inception-v4：Inception-C 模块</translation>
    </message>
    <message>
        <source>Figure 6: the 8×8 module; its 3×3 paths split into parallel 1×3 and 3×1 convolutions whose outputs are concatenated (an expanded filter bank).</source>
        <translation>图 6：8×8 模块；其 3×3 路径拆分为并行的 1×3 和 3×1 卷积，输出再拼接（扩展的卷积核组）。</translation>
    </message>
    <message>
        <source>Inception-ResNet-v2: Inception-ResNet-A</source>
        <translation>Inception-ResNet-v2：Inception-ResNet-A 模块</translation>
    </message>
    <message>
        <source>Figure 16 (Block35, 35×35): an Inception module whose concatenated output is projected by a linear 1×1 convolution, scaled by 0.17 and added to its input.</source>
        <translation>图 16（Block35，35×35）：一个 Inception 模块，其拼接输出经线性 1×1 卷积投影、乘以 0.17 后与输入相加。</translation>
    </message>
    <message>
        <source>Inception-ResNet-v2: Inception-ResNet-B</source>
        <translation>Inception-ResNet-v2：Inception-ResNet-B 模块</translation>
    </message>
    <message>
        <source>Figure 17 (Block17, 17×17): a 1×7 / 7×1 path beside a 1×1, projected, scaled by 0.10 and added to the input.</source>
        <translation>图 17（Block17，17×17）：一条 1×7 / 7×1 路径与一个 1×1 卷积并列，经投影、乘以 0.10 后与输入相加。</translation>
    </message>
    <message>
        <source>Inception-ResNet-v2: Inception-ResNet-C</source>
        <translation>Inception-ResNet-v2：Inception-ResNet-C 模块</translation>
    </message>
    <message>
        <source>Figure 19 (Block8, 8×8): a 1×3 / 3×1 path beside a 1×1, projected, scaled by 0.20 and added. Scaling the residuals down keeps very deep training stable.</source>
        <translation>图 19（Block8，8×8）：一条 1×3 / 3×1 路径与一个 1×1 卷积并列，经投影、乘以 0.20 后相加。缩小残差能让很深的网络训练保持稳定。</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>No tour with steps is open.</source>
        <translation>没有打开含步骤的导览。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write into %1.</source>
        <translation>无法写入 %1 中。</translation>
    </message>
    <message>
        <source>The handout was cancelled.</source>
        <translation>讲义导出已取消。</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>3×3 where the paper has 5×5</source>
        <translation>论文为 5×5 处用了 3×3</translation>
    </message>
    <message>
        <source>Each Inception module&apos;s third branch reduces with a 1×1 convolution and then applies a 5×5 convolution.</source>
        <translation>每个 Inception 模块的第三个分支先用 1×1 卷积降维，再做 5×5 卷积。</translation>
    </message>
    <message>
        <source>torchvision&apos;s GoogLeNet applies a 3×3 convolution there; a comment in its source calls this a known bug (pytorch/vision issue 906). The published weights are shaped 3×3.</source>
        <translation>torchvision 的 GoogLeNet 在此使用 3×3 卷积；其源码中的注释称之为已知错误（pytorch/vision issue 906）。已发布的权重形状为 3×3。</translation>
    </message>
    <message>
        <source>Follows the reference, so that its weights load: 3×3 (padding 1). The figure of the naive module is drawn with the paper&apos;s 5×5.</source>
        <translation>沿用参考实现，以便加载其权重：3×3（填充 1）。朴素模块的图仍按论文画成 5×5。</translation>
    </message>
    <message>
        <source>Batch normalisation after every convolution</source>
        <translation>每个卷积之后都有批归一化</translation>
    </message>
    <message>
        <source>No batch normalisation: the paper (arXiv 1409.4842, September 2014) predates it (arXiv 1502.03167, February 2015).</source>
        <translation>没有批归一化：该论文（arXiv 1409.4842，2014 年 9 月）早于批归一化的提出（arXiv 1502.03167，2015 年 2 月）。</translation>
    </message>
    <message>
        <source>torchvision&apos;s building block is a convolution without bias, batch normalisation (eps 0.001) and ReLU, used for every convolution.</source>
        <translation>torchvision 的基本单元是无偏置卷积、批归一化（eps 0.001）和 ReLU，每个卷积都如此。</translation>
    </message>
    <message>
        <source>Follows the reference: every convolution is followed by batch normalisation with eps 0.001 (folded into the convolution in the compiled plan).</source>
        <translation>沿用参考实现：每个卷积后接 eps 0.001 的批归一化（在编译计划中折叠进卷积）。</translation>
    </message>
    <message>
        <source>A 5×5 branch beside the two 3×3s</source>
        <translation>两个 3×3 之外还有一个 5×5 分支</translation>
    </message>
    <message>
        <source>Figure 5 of the paper (arXiv 1512.00567) replaces each 5×5 convolution of the 35×35 modules by two 3×3 convolutions: the module has no 5×5 left.</source>
        <translation>论文（arXiv 1512.00567）的图 5 把 35×35 模块中的每个 5×5 卷积换成两个 3×3 卷积：模块中不再有 5×5。</translation>
    </message>
    <message>
        <source>torchvision&apos;s InceptionA has both: a branch of a 1×1 (48 filters) and a 5×5 convolution (64), and a branch of a 1×1 and two 3×3 convolutions (96).</source>
        <translation>torchvision 的 InceptionA 两者都有：一个由 1×1（48 个滤波器）和 5×5 卷积（64）组成的分支，以及一个由 1×1 和两个 3×3 卷积（96）组成的分支。</translation>
    </message>
    <message>
        <source>Follows the reference, so that its weights load: four branches, one of them with the 5×5.</source>
        <translation>遵循参考实现，以便加载其权重：四个分支，其中一个含 5×5。</translation>
    </message>
    <message>
        <source>The stem ends in a 1×1 convolution and a max pool</source>
        <translation>主干以 1×1 卷积和最大池化结束</translation>
    </message>
    <message>
        <source>Table 1 of the paper lists, after the first pool, three 3×3 convolutions: to 80 channels, to 192 with stride 2, and one more, so that 35×35×288 enters the first Inception modules.</source>
        <translation>论文表 1 在第一个池化之后列出三个 3×3 卷积：到 80 通道、步长 2 到 192 通道，再加一个，使进入最初几个 Inception 模块的是 35×35×288。</translation>
    </message>
    <message>
        <source>torchvision has a 1×1 convolution to 80 channels, a 3×3 to 192 and a 3×3 max pool of stride 2: 35×35×192 enters Mixed_5b.</source>
        <translation>torchvision 用一个到 80 通道的 1×1 卷积、一个到 192 通道的 3×3 卷积和一个步长 2 的 3×3 最大池化：进入 Mixed_5b 的是 35×35×192。</translation>
    </message>
    <message>
        <source>Follows the reference: the diagram&apos;s shapes are the reference&apos;s (192 channels at 35×35, not the table&apos;s 288).</source>
        <translation>遵循参考实现：图中的形状与参考实现一致（35×35 时 192 通道，而不是表中的 288）。</translation>
    </message>
    <message>
        <source>The first 35×35 module is narrower</source>
        <translation>第一个 35×35 模块更窄</translation>
    </message>
    <message>
        <source>Three alike Inception modules at 35×35 with 288 channels (Table 1).</source>
        <translation>三个相同的 35×35、288 通道的 Inception 模块（表 1）。</translation>
    </message>
    <message>
        <source>torchvision&apos;s Mixed_5b gives its pool branch 32 filters (256 channels out); Mixed_5c and Mixed_5d give it 64 (288 out).</source>
        <translation>torchvision 的 Mixed_5b 给池化分支 32 个滤波器（输出 256 通道）；Mixed_5c 和 Mixed_5d 给 64 个（输出 288）。</translation>
    </message>
    <message>
        <source>Follows the reference: 256, 288 and 288 channels.</source>
        <translation>遵循参考实现：256、288 和 288 通道。</translation>
    </message>
    <message>
        <source>Inception-C: the 3×1 before the 1×3</source>
        <translation>Inception-C：3×1 在 1×3 之前</translation>
    </message>
    <message>
        <source>Figure 6 of the paper (arXiv 1602.07261): the fourth branch of Inception-C is a 1×1 convolution (384 filters), a 1×3 (448) and a 3×1 (512), then a 1×3 and a 3×1 (256 each) side by side.</source>
        <translation>论文（arXiv 1602.07261）图 6：Inception-C 的第四个分支是一个 1×1 卷积（384 个滤波器）、一个 1×3（448）和一个 3×1（512），然后并列一个 1×3 和一个 3×1（各 256）。</translation>
    </message>
    <message>
        <source>timm&apos;s InceptionC has the two in the other order: the 3×1 (448 filters) first, the 1×3 (512) second; its kernels are shaped 448×384×3×1 and 512×448×1×3.</source>
        <translation>timm 的 InceptionC 中两者顺序相反：先 3×1（448 个滤波器），后 1×3（512）；其卷积核形状为 448×384×3×1 和 512×448×1×3。</translation>
    </message>
    <message>
        <source>Follows the reference, so that its weights load: 3×1, then 1×3, in all three Inception-C modules.</source>
        <translation>遵循参考实现，以便加载其权重：三个 Inception-C 模块中都是先 3×1，后 1×3。</translation>
    </message>
    <message>
        <source>Twice as many residual blocks</source>
        <translation>残差块多一倍</translation>
    </message>
    <message>
        <source>Figure 15 of the paper (arXiv 1602.07261) draws Inception-ResNet-v2 with 5 Inception-ResNet-A, 10 Inception-ResNet-B and 5 Inception-ResNet-C blocks.</source>
        <translation>论文（arXiv 1602.07261）图 15 画出的 Inception-ResNet-v2 有 5 个 Inception-ResNet-A、10 个 Inception-ResNet-B 和 5 个 Inception-ResNet-C 块。</translation>
    </message>
    <message>
        <source>timm&apos;s network has 10 Block35 (repeat.0–9), 20 Block17 (repeat_1.0–19) and 10 Block8 (repeat_2.0–8 and block8), as Google&apos;s released TensorFlow network has.</source>
        <translation>timm 的网络有 10 个 Block35（repeat.0–9）、20 个 Block17（repeat_1.0–19）和 10 个 Block8（repeat_2.0–8 与 block8），与 Google 发布的 TensorFlow 网络相同。</translation>
    </message>
    <message>
        <source>Follows the reference: 10, 20 and 10 blocks, every one drawn.</source>
        <translation>遵循参考实现：10、20 和 10 个块，每一个都画出。</translation>
    </message>
    <message>
        <source>The stem of Inception-v3, not of Inception-v4</source>
        <translation>Inception-v3 的主干，而非 Inception-v4 的</translation>
    </message>
    <message>
        <source>The paper gives Inception-ResNet-v2 the stem of Inception-v4 (Figure 3), with branches already in the stem, and 384 channels at 35×35.</source>
        <translation>论文给 Inception-ResNet-v2 使用 Inception-v4 的主干（图 3），主干中已有分支，35×35 时 384 通道。</translation>
    </message>
    <message>
        <source>timm&apos;s stem is a chain like Inception-v3&apos;s: 3×3 convolutions, a max pool, a 1×1 to 80 channels, a 3×3 to 192 and a max pool, then a four-branch module (mixed_5b) with 320 channels at 35×35.</source>
        <translation>timm 的主干像 Inception-v3 一样是一条链：3×3 卷积、最大池化、1×1 卷积到 80 通道、3×3 到 192 通道、最大池化，然后是一个四分支模块（mixed_5b），35×35 时 320 通道。</translation>
    </message>
    <message>
        <source>Follows the reference: 320 channels enter the first residual block, not the paper&apos;s 384.</source>
        <translation>遵循参考实现：进入第一个残差块的是 320 通道，而不是论文的 384。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1×%2 conv → %3</source>
        <translation>%1×%2 卷积 → %3</translation>
    </message>
    <message>
        <source>%1 params · %2 MACs</source>
        <translation>%1 参数 · %2 乘加</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>无参数</translation>
    </message>
    <message>
        <source>%1 — double-click to close</source>
        <translation>%1 — 双击收起</translation>
    </message>
    <message>
        <source>residual sum</source>
        <translation>残差相加</translation>
    </message>
    <message>
        <source>concatenation</source>
        <translation>拼接</translation>
    </message>
    <message>
        <source>split</source>
        <translation>分叉</translation>
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
        <translation>已敲除：每个通道置为其均值</translation>
    </message>
    <message>
        <source>knocked out: set to zero</source>
        <translation>已敲除：置零</translation>
    </message>
    <message>
        <source>%1 conv</source>
        <comment>a layer inside a branch: 3×3/2 conv</comment>
        <translation>%1 卷积</translation>
    </message>
    <message>
        <source>%1 max pool</source>
        <translation>%1 最大池化</translation>
    </message>
    <message>
        <source>%1 avg pool</source>
        <translation>%1 平均池化</translation>
    </message>
    <message>
        <source>global avg pool</source>
        <translation>全局平均池化</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>线性层</translation>
    </message>
    <message>
        <source>knocked out: mean</source>
        <translation>已敲除：均值</translation>
    </message>
    <message>
        <source>knocked out: zero</source>
        <translation>已敲除：置零</translation>
    </message>
</context>
<context>
    <name>ResultImages</name>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>置零</translation>
    </message>
    <message>
        <source>The selected node has no spatial map; Grad-CAM is taken at %1.</source>
        <translation>所选节点没有空间图；Grad-CAM 在 %1 处计算。</translation>
    </message>
    <message numerus="yes">
        <source>CPU, %n thread(s)</source>
        <translation>
            <numerusform>CPU，%n 个线程</numerusform>
        </translation>
    </message>
    <message>
        <source>, bfloat16</source>
        <translation>，bfloat16</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>From GoogLeNet to Inception-ResNet</source>
        <translation>从 GoogLeNet 到 Inception-ResNet</translation>
    </message>
    <message>
        <source>Why not simply bigger?</source>
        <translation>为什么不直接做大？</translation>
    </message>
    <message>
        <source>The plain way to a better network is to make it deeper and wider. But a convolution&apos;s cost grows with the product of its input and output widths: widen two stacked layers and the cost grows fourfold, and most of the new weights end up near zero. GoogLeNet&apos;s answer spends {macs:googlenet} multiply-adds and {params:googlenet} parameters per image where they pay.</source>
        <translation>提升网络的直接办法是让它更深、更宽。但卷积的代价随输入与输出宽度之积增长：把两层叠加的卷积都加宽，代价变为四倍，而多数新权重最终接近零。GoogLeNet 的答案是把每张图像的 {macs:googlenet} 次乘加和 {params:googlenet} 个参数用在值得的地方。</translation>
    </message>
    <message>
        <source>Drop a photograph to show that it runs. Point out the depth: 22 layers with weights. The question for the hour: how can width and depth grow while the budget stays?</source>
        <translation>拖入一张照片展示它能运行。指出深度：22 层带权重的层。本节课的问题：如何在预算不变的情况下增加宽度和深度？</translation>
    </message>
    <message>
        <source>The naive Inception module</source>
        <translation>朴素的 Inception 模块</translation>
    </message>
    <message>
        <source>Look at one place of the image with filters of several sizes at once — 1×1, 3×3, 5×5 and a pooling — and stack the answers. Drawn on inception3a&apos;s input ({shape:googlenet/inception3a.branch1} is only its first branch&apos;s output), the 5×5 filters see every input channel, and the pooling branch carries all of them on: the output only ever widens.</source>
        <translation>用多种尺寸的滤波器同时观察图像的同一位置——1×1、3×3、5×5 和一个池化——再把结果堆叠起来。画在 inception3a 的输入上（{shape:googlenet/inception3a.branch1} 只是其第一个分支的输出），5×5 滤波器看到全部输入通道，池化分支把它们全部传下去：输出只会越来越宽。</translation>
    </message>
    <message>
        <source>No published network has this module. It is the idea before the fix: ask the room what happens to the width after nine such modules.</source>
        <translation>没有已发布的网络使用这个模块。这是改进之前的想法：问问大家，九个这样的模块之后宽度会怎样。</translation>
    </message>
    <message>
        <source>1×1 reductions</source>
        <translation>1×1 降维</translation>
    </message>
    <message>
        <source>A 1×1 convolution before the 3×3 and 5×5 filters, and after the pooling, shrinks the depth they work on. inception3a costs {macs:googlenet/inception3a} multiply-adds with {params:googlenet/inception3a} parameters: {saving:reductions} less than the naive module on the same input.</source>
        <translation>在 3×3 和 5×5 滤波器之前、池化之后加一个 1×1 卷积，可以缩小它们处理的深度。inception3a 需要 {macs:googlenet/inception3a} 次乘加，有 {params:googlenet/inception3a} 个参数：比同一输入上的朴素模块少 {saving:reductions}。</translation>
    </message>
    <message>
        <source>Open a branch and show the reduce layer&apos;s width. The saving is computed from the two trees, not quoted from the paper.</source>
        <translation>展开一个分支，展示降维层的宽度。节省比例由两棵结构树计算得出，而非引自论文。</translation>
    </message>
    <message>
        <source>GoogLeNet</source>
        <translation>GoogLeNet</translation>
    </message>
    <message>
        <source>Nine Inception modules in three stages, max-pooling between the stages, global average pooling instead of big fully connected layers. The last module gives {shape:googlenet/inception5b}; the whole network has {params:googlenet} parameters.</source>
        <translation>九个 Inception 模块分三个阶段，阶段之间用最大池化，用全局平均池化代替大型全连接层。最后一个模块输出 {shape:googlenet/inception5b}；整个网络有 {params:googlenet} 个参数。</translation>
    </message>
    <message>
        <source>Click through the stages with the arrow keys. Mention the auxiliary classifiers used only in training.</source>
        <translation>用方向键逐个浏览各阶段。提一下仅在训练中使用的辅助分类器。</translation>
    </message>
    <message>
        <source>Batch normalisation</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>While a network trains, every layer&apos;s input distribution keeps moving with the layers before it. Normalising each channel over the batch steadies it, so larger learning rates work. BN-Inception has {params:bn_inception} parameters; the Training dock shows this project&apos;s own runs of the small network with and without batch normalisation.</source>
        <translation>网络训练时，每一层的输入分布会随前面各层不断变化。在批内对每个通道归一化可使其稳定，因此可以使用更大的学习率。BN-Inception 有 {params:bn_inception} 个参数；训练面板显示本项目用小网络做的有无批归一化的对比训练。</translation>
    </message>
    <message>
        <source>Compare the curves at learning rate 0.1: without batch normalisation the run stalls. These runs were measured by the project on Fashion-MNIST.</source>
        <translation>比较学习率 0.1 时的曲线：没有批归一化时训练停滞不前。这些结果由本项目在 Fashion-MNIST 上测得。</translation>
    </message>
    <message>
        <source>5×5 as two 3×3</source>
        <translation>5×5 拆成两个 3×3</translation>
    </message>
    <message>
        <source>Two stacked 3×3 convolutions see the same 5×5 patch as one 5×5 convolution, with a non-linearity between them, and cost {saving:5x5} less at equal widths. BN-Inception&apos;s inception_3a uses the pair.</source>
        <translation>两个堆叠的 3×3 卷积与一个 5×5 卷积看到同样的 5×5 区域，中间还多一个非线性，在宽度相同时代价少 {saving:5x5}。BN-Inception 的 inception_3a 使用了这一对卷积。</translation>
    </message>
    <message>
        <source>Show the receptive field of the second 3×3 in Details: the same as a 5×5.</source>
        <translation>在详情中展示第二个 3×3 的感受野：与 5×5 相同。</translation>
    </message>
    <message>
        <source>n×n as 1×n and n×1</source>
        <translation>n×n 拆成 1×n 和 n×1</translation>
    </message>
    <message>
        <source>Factorise further: a 1×7 convolution followed by a 7×1 one covers a 7×7 patch for {saving:7x7} less at equal widths. Inception-v3&apos;s Mixed_6b uses it on the 17×17 grid; its 7×7 branch costs {macs:inception_v3/Mixed_6b.branch7x7} multiply-adds.</source>
        <translation>进一步分解：一个 1×7 卷积接一个 7×1 卷积覆盖 7×7 区域，在宽度相同时代价少 {saving:7x7}。Inception-v3 的 Mixed_6b 在 17×17 网格上使用它；其 7×7 分支需要 {macs:inception_v3/Mixed_6b.branch7x7} 次乘加。</translation>
    </message>
    <message>
        <source>The paper found this works best on medium grids (12 to 20), not early in the network.</source>
        <translation>论文发现这在中等尺寸网格（12 到 20）上效果最好，不适合用在网络前部。</translation>
    </message>
    <message>
        <source>Grid-size reduction</source>
        <translation>网格尺寸缩减</translation>
    </message>
    <message>
        <source>Pooling first loses information, widening first costs too much. Inception-v3 does both at once: strided convolutions and a pooling side by side, concatenated. Mixed_6a takes {shape:inception_v3/Mixed_5d} to {shape:inception_v3/Mixed_6a}.</source>
        <translation>先池化会丢失信息，先加宽代价太高。Inception-v3 两者同时进行：带步幅的卷积与池化并排，再拼接。Mixed_6a 把 {shape:inception_v3/Mixed_5d} 变为 {shape:inception_v3/Mixed_6a}。</translation>
    </message>
    <message>
        <source>Point at the stride-2 layers: the grid halves while the channels grow.</source>
        <translation>指向步幅为 2 的层：网格减半，通道数增加。</translation>
    </message>
    <message>
        <source>Inception-v4</source>
        <translation>Inception-v4</translation>
    </message>
    <message>
        <source>A uniform design: a stem, four Inception-A, a Reduction-A, seven Inception-B, a Reduction-B and three Inception-C. {params:inception_v4} parameters, {macs:inception_v4} multiply-adds per 299×299 image.</source>
        <translation>统一的设计：一个主干（stem）、四个 Inception-A、一个 Reduction-A、七个 Inception-B、一个 Reduction-B 和三个 Inception-C。{params:inception_v4} 个参数，每张 299×299 图像 {macs:inception_v4} 次乘加。</translation>
    </message>
    <message>
        <source>Compare with GoogLeNet&apos;s numbers from the first steps.</source>
        <translation>与前几步中 GoogLeNet 的数字比较。</translation>
    </message>
    <message>
        <source>Inception-v4: the stem</source>
        <translation>Inception-v4：主干</translation>
    </message>
    <message>
        <source>Before the first Inception block the stem takes the 299×299 picture down to {shape:inception_v4/stem}, with branches already: a pooling beside a strided convolution, twice.</source>
        <translation>在第一个 Inception 块之前，主干把 299×299 的图像缩到 {shape:inception_v4/stem}，其中已有分支：池化与带步幅的卷积并排，共两次。</translation>
    </message>
    <message>
        <source>The stem alone has {params:inception_v4/stem} parameters.</source>
        <translation>仅主干就有 {params:inception_v4/stem} 个参数。</translation>
    </message>
    <message>
        <source>Inception-A</source>
        <translation>Inception-A</translation>
    </message>
    <message>
        <source>On the 35×35 grid: 1×1, 3×3, two 3×3 and an average pooling, each block {macs:inception_v4/features.6} multiply-adds, output {shape:inception_v4/features.6}.</source>
        <translation>在 35×35 网格上：1×1、3×3、两个 3×3 和一个平均池化，每个块 {macs:inception_v4/features.6} 次乘加，输出 {shape:inception_v4/features.6}。</translation>
    </message>
    <message>
        <source>The two 3×3 are the 5×5 of step 6.</source>
        <translation>这两个 3×3 就是第 6 步中的 5×5。</translation>
    </message>
    <message>
        <source>Reduction-A</source>
        <translation>Reduction-A</translation>
    </message>
    <message>
        <source>From 35×35 to {shape:inception_v4/features.10}: the grid-size reduction of step 8 with Inception-v4&apos;s widths.</source>
        <translation>从 35×35 到 {shape:inception_v4/features.10}：第 8 步的网格缩减，采用 Inception-v4 的宽度。</translation>
    </message>
    <message>
        <source>No pooling projection here: the pooling branch passes its channels through.</source>
        <translation>这里池化后没有投影：池化分支直接传递其通道。</translation>
    </message>
    <message>
        <source>Inception-B</source>
        <translation>Inception-B</translation>
    </message>
    <message>
        <source>On the 17×17 grid the 1×7 and 7×1 pairs of step 7: each block {params:inception_v4/features.11} parameters.</source>
        <translation>在 17×17 网格上使用第 7 步的 1×7 与 7×1 卷积对：每个块 {params:inception_v4/features.11} 个参数。</translation>
    </message>
    <message>
        <source>Seven of these make up most of the network&apos;s parameters.</source>
        <translation>七个这样的块占了网络的大部分参数。</translation>
    </message>
    <message>
        <source>Reduction-B</source>
        <translation>Reduction-B</translation>
    </message>
    <message>
        <source>From 17×17 to {shape:inception_v4/features.18}, again with strided convolutions beside a pooling.</source>
        <translation>从 17×17 到 {shape:inception_v4/features.18}，同样是带步幅的卷积与池化并排。</translation>
    </message>
    <message>
        <source>Its second branch factorises 7×7 before it reduces.</source>
        <translation>它的第二个分支先分解 7×7 再缩减。</translation>
    </message>
    <message>
        <source>Inception-C</source>
        <translation>Inception-C</translation>
    </message>
    <message>
        <source>On the 8×8 grid the branches split into 1×3 and 3×1 side by side, widening the output to {shape:inception_v4/features.19}.</source>
        <translation>在 8×8 网格上，分支分成并排的 1×3 和 3×1，把输出加宽到 {shape:inception_v4/features.19}。</translation>
    </message>
    <message>
        <source>Wide rather than deep: on a small grid the filter banks are expanded.</source>
        <translation>宽而不深：在小网格上扩展滤波器组。</translation>
    </message>
    <message>
        <source>Residual Inception blocks</source>
        <translation>残差 Inception 块</translation>
    </message>
    <message>
        <source>Inception-ResNet adds each block&apos;s branches, projected by a 1×1 convolution, to its input instead of concatenating them. The sum is scaled first: {scale:inception_resnet_v2/repeat.0} in the 35×35 blocks.</source>
        <translation>Inception-ResNet 把每个块的分支经 1×1 卷积投影后加到输入上，而不是拼接。相加之前先缩放：35×35 块中为 {scale:inception_resnet_v2/repeat.0}。</translation>
    </message>
    <message>
        <source>Grad-CAM per branch splits this sum exactly into identity, branches and bias.</source>
        <translation>逐分支 Grad-CAM 可把这个和精确分解为恒等、各分支和偏置。</translation>
    </message>
    <message>
        <source>Scaling the residuals</source>
        <translation>残差缩放</translation>
    </message>
    <message>
        <source>With more than about a thousand filters the residual versions became unstable in training; scaling the branches down before the sum kept them stable: {scale:inception_resnet_v2/repeat_2.0} in the 8×8 blocks. The whole network: {params:inception_resnet_v2} parameters.</source>
        <translation>滤波器超过约一千个时，残差版本在训练中变得不稳定；相加前把分支缩小能保持稳定：8×8 块中为 {scale:inception_resnet_v2/repeat_2.0}。整个网络：{params:inception_resnet_v2} 个参数。</translation>
    </message>
    <message>
        <source>End of the tour. The diagram stays live: open any block and ask questions.</source>
        <translation>导览结束。图表仍可交互：展开任意模块并提问。</translation>
    </message>
    <message>
        <source>%1 has no node &apos;%2&apos;</source>
        <translation>%1 没有节点“%2”</translation>
    </message>
    <message>
        <source>no variant &apos;%1&apos;</source>
        <translation>没有变体“%1”</translation>
    </message>
    <message>
        <source>no derived quantity &apos;%1&apos; (known: %2)</source>
        <translation>没有派生量“%1”（已知：%2）</translation>
    </message>
    <message>
        <source>%1 is not a residual block</source>
        <translation>%1 不是残差块</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of strings</source>
        <translation>“%1”不是字符串列表</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a string</source>
        <translation>“%1”不是字符串</translation>
    </message>
    <message>
        <source>&apos;gradcam&apos; is not true or false</source>
        <translation>“gradcam”不是 true 或 false</translation>
    </message>
    <message>
        <source>it names neither a variant nor a figure</source>
        <translation>它既未指定变体也未指定图</translation>
    </message>
    <message>
        <source>there is no variant &apos;%1&apos;</source>
        <translation>不存在变体“%1”</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than a tour can be (16 MiB)</source>
        <translation>%1 超过了导览文件的上限（16 MiB）</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)</source>
        <translation>%1 不是有效的 JSON（第 %3 字节处：%2）</translation>
    </message>
    <message>
        <source>%1 is not a tour (no &quot;format&quot;: &quot;%2&quot;)</source>
        <translation>%1 不是导览文件（缺少 &quot;format&quot;: &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1 is a tour of version %2; this program reads version %3</source>
        <translation>%1 是版本 %2 的导览；本程序读取版本 %3</translation>
    </message>
    <message>
        <source>%1 has no list of steps</source>
        <translation>%1 没有步骤列表</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>它不是对象</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>there is no figure &apos;%1&apos;</source>
        <translation>不存在图“%1”</translation>
    </message>
    <message>
        <source>knockout &apos;%1&apos;: use zero or mean</source>
        <translation>剔除“%1”：请使用 zero 或 mean</translation>
    </message>
    <message>
        <source>the image %1 does not exist</source>
        <translation>图像 %1 不存在</translation>
    </message>
    <message>
        <source>the weights file %1 does not exist</source>
        <translation>权重文件 %1 不存在</translation>
    </message>
    <message>
        <source>the training run %1 does not exist</source>
        <translation>训练记录 %1 不存在</translation>
    </message>
</context>
<context>
    <name>explorer::ActivationsPanel</name>
    <message>
        <source>Click a channel to enlarge it and lay it over the input</source>
        <translation>点击一个通道可将其放大并叠加到输入图像上</translation>
    </message>
    <message>
        <source>Select a module, then drop an image: each branch&apos;s output appears here.</source>
        <translation>先选择一个模块，再拖入一张图像：每个分支的输出会显示在这里。</translation>
    </message>
    <message>
        <source>Select a module to see what its branches computed.</source>
        <translation>选择一个模块，查看其各分支的计算结果。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n channel(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %n 个通道</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the module&apos;s output energy</source>
        <translation>占模块输出能量的 %1 %</translation>
    </message>
    <message>
        <source>This branch&apos;s term of the Grad-CAM map at %1 (class %2): sum over its channels of weight × activation, before any ReLU</source>
        <translation>该分支在 %1 处 Grad-CAM 图中的分量（类别 %2）：其各通道 权重 × 激活 之和，未经任何 ReLU</translation>
    </message>
    <message>
        <source>Grad-CAM term&lt;br&gt;sum %1&lt;br&gt;scale ±%2&lt;br&gt;(shared)</source>
        <translation>Grad-CAM 分量&lt;br&gt;总和 %1&lt;br&gt;色标 ±%2&lt;br&gt;（共用）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;channels %3–%4 of %5 shown</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;显示第 %3–%4 个通道（共 %5 个）</translation>
    </message>
    <message>
        <source>The previous %1 channels</source>
        <translation>前 %1 个通道</translation>
    </message>
    <message>
        <source>The next %1 channels</source>
        <translation>后 %1 个通道</translation>
    </message>
    <message>
        <source>IG conductance %1</source>
        <translation>IG 传导 %1</translation>
    </message>
    <message>
        <source>Integrated Gradients&apos; conductance of %1 for class %2 (%3): the part of f(image) − f(baseline) that flows through it, summed over its channels. Every bar of this module is on one scale, ±%4.</source>
        <translation>%1 对类别 %2（%3）的积分梯度传导：f(图像) − f(基线) 中流经它的部分，按其通道求和。本模块的所有条形使用同一刻度，±%4。</translation>
    </message>
    <message>
        <source>Conductance</source>
        <translation>传导</translation>
    </message>
    <message>
        <source>Integrated Gradients (steps: %1) split at %2 for &lt;b&gt;%3&lt;/b&gt;: the terms add up to %4; the input attribution to %5; f(image) − f(baseline) = %6. The bars share one scale, ±%7.</source>
        <translation>积分梯度（步数：%1）在 %2 处对 &lt;b&gt;%3&lt;/b&gt; 的拆分：各项之和为 %4；输入归因之和为 %5；f(图像) − f(基线) = %6。条形共用一个刻度，±%7。</translation>
    </message>
</context>
<context>
    <name>explorer::ChannelController</name>
    <message numerus="yes">
        <source>Indexing of %1 stopped after %n image(s); run it again to go on where it stopped.</source>
        <translation>
            <numerusform>%1 的索引在 %n 张图像后停止；再次运行即可从停止处继续。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) indexed for this network.</source>
        <translation>
            <numerusform>%1：已为此网络索引 %n 张图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already indexed and unchanged.</source>
        <translation>
            <numerusform>其中 %n 张此前已索引且未更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read (skipped); the last: %1</source>
        <translation>
            <numerusform>%n 个文件无法读取（已跳过）；最后一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The old index was started anew: %1</source>
        <translation>旧索引已重新开始：%1</translation>
    </message>
    <message>
        <source>Cancelled after %1 steps.</source>
        <translation>%1 步后已取消。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, channel %2: its mean value before the ReLU went from %3 to %4 in %5 steps (%6 s).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，通道 %2：其 ReLU 之前的均值在 %5 步（%6 秒）内从 %3 变为 %4。</translation>
    </message>
    <message>
        <source>(From the cache: computed before for these weights and settings.)</source>
        <translation>（来自缓存：此前已针对这些权重和设置计算过。）</translation>
    </message>
    <message>
        <source>Random weights: what this untrained channel responds to.</source>
        <translation>随机权重：这是该未训练通道的响应。</translation>
    </message>
    <message>
        <source>No network is open yet.</source>
        <translation>尚未打开任何网络。</translation>
    </message>
    <message>
        <source>%1 is not indexed for this network yet: Index a folder… to see its examples.</source>
        <translation>%1 尚未针对此网络建立索引：点击“索引文件夹…”即可查看其样例。</translation>
    </message>
    <message numerus="yes">
        <source>The %n image(s) of %1 where this channel responds most (the part the cell at its maximum sees, with its value), and below the line images where it stays near zero.</source>
        <translation>
            <numerusform>%1 中该通道响应最强的 %n 张图像（其最大值处单元看到的区域及其数值），线下方是该通道接近零的图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) can no longer be read (shown dark).</source>
        <translation>
            <numerusform>%n 张图像已无法读取（显示为暗色）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop an image first.</source>
        <translation>请先拖入一张图像。</translation>
    </message>
    <message>
        <source>DeepDream here…</source>
        <translation>在此处 DeepDream…</translation>
    </message>
</context>
<context>
    <name>explorer::ChannelFocus</name>
    <message>
        <source>Point at a cell: its receptive field is drawn on the input</source>
        <translation>指向一个单元：其感受野会画在输入图像上</translation>
    </message>
    <message>
        <source>Click a channel map to enlarge it.</source>
        <translation>点击通道图可将其放大。</translation>
    </message>
    <message>
        <source>%1, channel %2 of %3</source>
        <translation>%1，通道 %2 / %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, channel %2 of %3 · %4×%5, scale %6 … %7 (shared by all branches)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，第 %2 个通道（共 %3 个）· %4×%5，色标 %6 … %7（所有分支共用）</translation>
    </message>
    <message>
        <source>Cell (%1, %2) sees input pixels %3…%4 × %5…%6</source>
        <translation>单元 (%1, %2) 看到输入像素 %3…%4 × %5…%6</translation>
    </message>
</context>
<context>
    <name>explorer::ChannelPanel</name>
    <message>
        <source>What does this channel look for?</source>
        <translation>这个通道在寻找什么？</translation>
    </message>
    <message>
        <source>Optimise a picture to excite this channel (feature visualisation, 256 steps)</source>
        <translation>优化一张图像以激发该通道（特征可视化，256 步）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>&amp;Diverse: three pictures, pushed apart</source>
        <translation>多样化：三张彼此区分的图像(&amp;D)</translation>
    </message>
    <message>
        <source>Optimise three pictures at once with a term that keeps their features different (Lucid&apos;s diversity): what else the channel responds to</source>
        <translation>同时优化三张图像，并用一项保持其特征彼此不同（Lucid 的多样性）：看看该通道还会对什么产生响应</translation>
    </message>
    <message>
        <source>Export the picture</source>
        <translation>导出图像</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Index a folder…</source>
        <translation>索引文件夹…</translation>
    </message>
    <message>
        <source>Run every image of a folder through the network once and keep, for every channel, the 9 images it responds to most (resumable)</source>
        <translation>将文件夹中的每张图像送入网络一次，并为每个通道保留其响应最强的 9 张图像（可续传）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feature visualisation&lt;/b&gt;</source>
        <translation>&lt;b&gt;特征可视化&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dataset examples&lt;/b&gt;</source>
        <translation>&lt;b&gt;数据集样例&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Index a folder of images to see, beside the picture, the images this channel responds to most.</source>
        <translation>索引一个图像文件夹，即可在图旁看到该通道响应最强的图像。</translation>
    </message>
    <message>
        <source>Folder of images to index</source>
        <translation>要索引的图像文件夹</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <source>This image: the channel&apos;s map</source>
        <translation>本图像：该通道的激活图</translation>
    </message>
    <message>
        <source>Feature visualisation</source>
        <translation>特征可视化</translation>
    </message>
    <message>
        <source>Dataset examples (top 9, then near zero)</source>
        <translation>数据集样例（最强的 9 张，然后是接近零的）</translation>
    </message>
    <message>
        <source>image %1 of %2</source>
        <translation>第 %1 / %2 张图像</translation>
    </message>
</context>
<context>
    <name>explorer::DetailsPanel</name>
    <message>
        <source>Operation</source>
        <translation>运算</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>卷积核数</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核大小</translation>
    </message>
    <message>
        <source>Stride</source>
        <translation>步幅</translation>
    </message>
    <message>
        <source>Padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Batch norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>yes (eps %1)</source>
        <translation>是（eps %1）</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Ceil mode</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a block to see its details; double-click (or Enter) opens and closes a module. Right-click a block to knock it out or explain at it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;单击方块查看详情；双击（或回车）展开或折叠模块。右键单击方块可将其敲除或在此处解释。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>组合方式</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>%1 (%2 % of the network)</source>
        <translation>%1（占网络的 %2 %）</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>乘加运算</translation>
    </message>
    <message>
        <source>Residual scale</source>
        <translation>残差缩放</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>感受野</translation>
    </message>
</context>
<context>
    <name>explorer::DiagramLegend</name>
    <message>
        <source>1×1 convolution</source>
        <translation>1×1 卷积</translation>
    </message>
    <message>
        <source>convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Inception module</source>
        <translation>Inception 模块</translation>
    </message>
    <message>
        <source>residual module</source>
        <translation>残差模块</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>分类器</translation>
    </message>
    <message>
        <source>struck through: knocked out</source>
        <translation>划掉：已敲除</translation>
    </message>
    <message>
        <source>Tint: mean |activation| (stages, modules)</source>
        <translation>着色：平均 |激活|（阶段、模块）</translation>
    </message>
    <message>
        <source>1 = the strongest; untinted: kind colours above</source>
        <translation>1 = 最强；未着色：按上方类型配色</translation>
    </message>
</context>
<context>
    <name>explorer::DiagramScene</name>
    <message>
        <source>the whole image</source>
        <translation>整幅图像</translation>
    </message>
    <message>
        <source>%1×%2 px, one cell every %3 px</source>
        <translation>%1×%2 px，每 %3 px 一个单元</translation>
    </message>
    <message>
        <source>%1
receptive field: %2</source>
        <translation>%1
感受野：%2</translation>
    </message>
</context>
<context>
    <name>explorer::DiagramView</name>
    <message>
        <source>Names drawn smaller than lecture size to fit the view: zoom in with the wheel, or open one module</source>
        <translation>为适应视图，名称小于讲课字号：用滚轮放大，或打开一个模块</translation>
    </message>
</context>
<context>
    <name>explorer::DockLayout</name>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
</context>
<context>
    <name>explorer::Downloader</name>
    <message>
        <source>A download is already running.</source>
        <translation>已有下载正在进行。</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1 (disk full?): %2</source>
        <translation>无法写入 %1（磁盘已满？）：%2</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was kept.</source>
        <translation>下载已取消；未保留任何文件。</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>The downloaded file&apos;s SHA-256 (%1…) does not start with %2: refused, nothing was kept.</source>
        <translation>下载文件的 SHA-256（%1…）不是以 %2 开头：已拒绝，未保留任何文件。</translation>
    </message>
    <message>
        <source>Cannot move the file into %1: %2</source>
        <translation>无法将文件移入 %1：%2</translation>
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
        <translation>图像本身被逐个八度（从小尺寸到完整尺寸）地修改，使 &lt;b&gt;%1&lt;/b&gt; 的响应更强：节点看到一点的东西，就让它看到更多。</translation>
    </message>
    <message>
        <source>&amp;Octaves:</source>
        <translation>八度数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Steps per octave:</source>
        <translation>每个八度的步数(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>强度(&amp;T)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the network sees&lt;/b&gt;</source>
        <translation>&lt;b&gt;网络看到的&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dreamt&lt;/b&gt;</source>
        <translation>&lt;b&gt;梦境&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Dream</source>
        <translation>生成梦境(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the dreamt picture</source>
        <translation>保存梦境图像</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>尚无可保存的内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>第 %v / %m 步</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Octave %1 (%2 px): mean activation %3 → %4</source>
        <translation>第 %1 个八度（%2 px）：平均激活 %3 → %4</translation>
    </message>
    <message>
        <source>(From the cache: computed before for these weights and settings.)</source>
        <translation>（来自缓存：此前已针对这些权重和设置计算过。）</translation>
    </message>
    <message>
        <source>Random weights: the patterns are those of an untrained network, not of ImageNet classes.</source>
        <translation>随机权重：这些图案来自未训练的网络，而非 ImageNet 类别。</translation>
    </message>
</context>
<context>
    <name>explorer::ExplanationController</name>
    <message>
        <source>Occlusion of &lt;b&gt;%1&lt;/b&gt; (class %2): %3 patches of %4 px, stride %5, grey %6. Red: the class&apos;s logit drops when this place is covered (largest drop %7).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（类别 %2）的遮挡图：%3 个 %4 px 的遮挡块，步幅 %5，灰度 %6。红色：遮住此处时该类别的 logit 下降（最大下降 %7）。</translation>
    </message>
    <message>
        <source>Random weights: the map shows what this untrained network responds to.</source>
        <translation>随机权重：该图显示的是这个未训练网络的响应。</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Drop an image first.</source>
        <translation>请先拖入一张图像。</translation>
    </message>
    <message>
        <source>Grad-CAM here</source>
        <translation>在此处计算 Grad-CAM</translation>
    </message>
    <message>
        <source>Occlusion cancelled.</source>
        <translation>遮挡已取消。</translation>
    </message>
    <message>
        <source>Computing Grad-CAM…</source>
        <translation>正在计算 Grad-CAM…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3): %n gradient(s). Red: raises the class&apos;s logit; blue: lowers it.</source>
        <translation>
            <numerusform>&lt;b&gt;%2&lt;/b&gt;（类别 %3）的 %1：%n 个梯度。红色：提高该类别的 logit；蓝色：降低它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3): %n gradient(s). Red: where the gradient is large (its sign is gone).</source>
        <translation>
            <numerusform>&lt;b&gt;%2&lt;/b&gt;（类别 %3）的 %1：%n 个梯度。红色：梯度大的地方（不含符号）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Completeness: the attributions add up to %1, f(image) − f(baseline) = %2; gap %3.</source>
        <translation>完备性：归因之和为 %1，f(图像) − f(基线) = %2；差距 %3。</translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation>%1 已取消。</translation>
    </message>
    <message>
        <source>Colours end at the 99.5th percentile of |map|: %1.</source>
        <translation>颜色在 |图| 的第 99.5 百分位处截止：%1。</translation>
    </message>
    <message>
        <source>Guided Backprop looks sharp, but on Inception-v3 it barely changed when the weights were randomised (Adebayo et al. 2018). Sanity check tests it on this network.</source>
        <translation>Guided Backprop 看起来清晰，但在 Inception-v3 上权重被随机化后几乎不变（Adebayo 等，2018）。“合理性检验”会在此网络上检验它。</translation>
    </message>
    <message>
        <source>The sanity check needs trained weights: it asks whether a map changes when the trained weights are replaced by random ones, and these are random already.</source>
        <translation>合理性检验需要训练过的权重：它检验把训练好的权重换成随机权重时图是否改变，而这些权重本来就是随机的。</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>平坦</translation>
    </message>
    <message>
        <source>Sanity check of %1 for &lt;b&gt;%2&lt;/b&gt; (class %3): with every weight random, the rank correlation with the trained map is %4 (SSIM %5).</source>
        <translation>%1 对 &lt;b&gt;%2&lt;/b&gt;（类别 %3）的合理性检验：全部权重随机时，与训练后图的秩相关为 %4（SSIM %5）。</translation>
    </message>
    <message>
        <source>Verdict: depends on the weights.</source>
        <translation>结论：依赖于权重。</translation>
    </message>
    <message>
        <source>Verdict: barely changes when the weights are random: it shows the image more than the network.</source>
        <translation>结论：权重随机时几乎不变——它显示的更多是图像而不是网络。</translation>
    </message>
    <message>
        <source>(below %1: depends on the weights)</source>
        <translation>（低于 %1：依赖于权重）</translation>
    </message>
    <message>
        <source>The same network trained on shuffled labels: rank correlation %1, SSIM %2 (the squares on the right).</source>
        <translation>用打乱标签训练的同一网络：秩相关 %1，SSIM %2（右侧的方块）。</translation>
    </message>
    <message>
        <source>From the cache.</source>
        <translation>来自缓存。</translation>
    </message>
    <message>
        <source>The sanity check compares the gradient maps; pick one under Map.</source>
        <translation>合理性检验比较的是梯度图；请在“图”中选择一种。</translation>
    </message>
    <message>
        <source>Sanity check of %1 cancelled; nothing was kept.</source>
        <translation>%1 的合理性检验已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>Deletion curves delete a garment&apos;s pixels to its black background: they need the trained Fashion-MNIST model (the bundled one).</source>
        <translation>删除曲线把服装的像素设为其黑色背景：需要训练过的 Fashion-MNIST 模型（随附的模型）。</translation>
    </message>
    <message>
        <source>Deletion and insertion curves of %1 on %2 Fashion-MNIST test images: deleting the first %3 % of each garment&apos;s pixels in its order lowers the true class&apos;s probability by %4 on average, a random order by %5 (%6). Areas: deletion %7 (random %8, lower is better), insertion %9 (random %10, higher is better).</source>
        <translation>%1 在 %2 张 Fashion-MNIST 测试图像上的删除与插入曲线：按其顺序删除每件服装前 %3 % 的像素，真实类别的概率平均下降 %4，随机顺序下降 %5（%6）。曲线下面积：删除 %7（随机 %8，越低越好），插入 %9（随机 %10，越高越好）。</translation>
    </message>
    <message>
        <source>Blue: %1; grey: the random order. Solid: deletion; dashed: insertion.</source>
        <translation>蓝色：%1；灰色：随机顺序。实线：删除；虚线：插入。</translation>
    </message>
    <message>
        <source>Open a network first.</source>
        <translation>请先打开一个网络。</translation>
    </message>
    <message>
        <source>The deletion curve ranks pixels by a gradient map; pick one under Map.</source>
        <translation>删除曲线按梯度图对像素排序；请在“图”中选择一种。</translation>
    </message>
    <message>
        <source>Deletion curve of %1 cancelled.</source>
        <translation>%1 的删除曲线已取消。</translation>
    </message>
    <message>
        <source>The sanity check of %1 finished for an image or network no longer shown; it is kept in the cache.</source>
        <translation>%1 的合理性检验已完成，但对应的图像或网络已不再显示；结果已保存在缓存中。</translation>
    </message>
    <message>
        <source>The deletion curve of %1 finished for a network no longer shown.</source>
        <translation>%1 的删除曲线已完成，但对应的网络已不再显示。</translation>
    </message>
</context>
<context>
    <name>explorer::ExplanationPanel</name>
    <message>
        <source>Grad-CAM (Ctrl+G)</source>
        <translation>Grad-CAM（Ctrl+G）</translation>
    </message>
    <message>
        <source>Which places of the image raise the class&apos;s logit, seen from one module: the module&apos;s channels weighted by the gradient&apos;s spatial mean, summed (before any ReLU)</source>
        <translation>从某一模块看，图像的哪些位置提高了该类别的 logit：模块各通道按梯度的空间均值加权后求和（未经任何 ReLU）</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>不透明度：</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>The occlusion patch&apos;s side (default: a seventh of the image; the stride is half of it)</source>
        <translation>遮挡块的边长（默认：图像的七分之一；步幅为其一半）</translation>
    </message>
    <message>
        <source>Occlusion patch:</source>
        <translation>遮挡块：</translation>
    </message>
    <message>
        <source>Slide a grey patch over the image and measure how much the class&apos;s logit drops</source>
        <translation>用灰色块滑过图像，测量该类别的 logit 下降多少</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>the top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <source>Grad-CAM of &lt;b&gt;%1&lt;/b&gt; (class %2) at &lt;b&gt;%3&lt;/b&gt;, map %4×%5, raw values %6 … %7.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（类别 %2）在 &lt;b&gt;%3&lt;/b&gt; 处的 Grad-CAM，图 %4×%5，原始值 %6 … %7。</translation>
    </message>
    <message>
        <source>Each branch&apos;s term is in the Activations dock, on one shared scale.</source>
        <translation>各分支的分量显示在“激活”面板中，使用同一色标。</translation>
    </message>
    <message>
        <source>Random weights: the map shows what this untrained network responds to, not an ImageNet class.</source>
        <translation>随机权重：该图显示的是这个未训练网络的响应，而不是某个 ImageNet 类别。</translation>
    </message>
    <message>
        <source>With %1 knocked out.</source>
        <translation>已敲除 %1。</translation>
    </message>
    <message>
        <source>%1 of %2 patches</source>
        <translation>%1 / %2 个遮挡块</translation>
    </message>
    <message>
        <source>No explanation yet.</source>
        <translation>尚无解释。</translation>
    </message>
    <message>
        <source>Occlusion</source>
        <translation>遮挡</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Input × gradient</source>
        <translation>输入 × 梯度</translation>
    </message>
    <message>
        <source>Integrated Gradients</source>
        <translation>积分梯度</translation>
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
        <translation>按钮为当前图像和类别计算的图</translation>
    </message>
    <message>
        <source>Map:</source>
        <translation>图：</translation>
    </message>
    <message>
        <source>Points on the straight path from the baseline to the image (each is a forward and a backward); more steps, a smaller completeness gap</source>
        <translation>从基线到图像的直线路径上的点（每个点一次前向和一次反向）；步数越多，完备性差距越小</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <source>black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <source>blurred image</source>
        <translation>模糊图像</translation>
    </message>
    <message>
        <source>uniform noise</source>
        <translation>均匀噪声</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>基线：</translation>
    </message>
    <message>
        <source>Noisy copies of the image (noise 15 % of its range), one gradient each</source>
        <translation>图像的加噪副本（噪声为其取值范围的 15 %），每个一个梯度</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>样本数：</translation>
    </message>
    <message>
        <source>Compute map</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>Turn Grad-CAM on, or compute a map (occlusion, gradients, Integrated Gradients, …), then drop an image.</source>
        <translation>打开 Grad-CAM，或计算一张图（遮挡、梯度、积分梯度……），然后拖入一张图像。</translation>
    </message>
    <message>
        <source>Guided Backprop</source>
        <translation>Guided Backprop</translation>
    </message>
    <message>
        <source>How much each pixel moves the class&apos;s logit: %1</source>
        <translation>每个像素对该类别 logit 的影响：%1</translation>
    </message>
    <message>
        <source>%1 of %2 gradients</source>
        <translation>%2 个梯度中的 %1 个</translation>
    </message>
    <message>
        <source>Guided Backprop (see its sanity check)</source>
        <translation>Guided Backprop（见其合理性检验）</translation>
    </message>
    <message>
        <source>Sanity check</source>
        <translation>合理性检验</translation>
    </message>
    <message>
        <source>Re-initialise the network from the classifier down, one module at a time, and measure how much this map changes (Adebayo et al. 2018): a map that stays the same shows the image more than the network</source>
        <translation>从分类器开始逐个模块向下重新初始化网络，并测量此图变化多少（Adebayo 等，2018）：保持不变的图显示的更多是图像而不是网络</translation>
    </message>
    <message>
        <source>The sanity check compares the gradient maps; pick one under Map</source>
        <translation>合理性检验比较的是梯度图；请在“图”中选择一种</translation>
    </message>
    <message>
        <source>%1 of %2 maps</source>
        <translation>%2 张图中的第 %1 张</translation>
    </message>
    <message>
        <source>Deletion curve</source>
        <translation>删除曲线</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%2 张图像中的第 %1 张</translation>
    </message>
    <message>
        <source>Delete each garment&apos;s pixels in this map&apos;s order on %1 Fashion-MNIST test images and watch the true class&apos;s probability fall, against a random order</source>
        <translation>在 %1 张 Fashion-MNIST 测试图像上按此图的顺序删除每件服装的像素，观察真实类别的概率如何下降，并与随机顺序比较</translation>
    </message>
    <message>
        <source>The deletion curve ranks pixels by a gradient map; pick one under Map</source>
        <translation>删除曲线按梯度图对像素排序；请在“图”中选择一种</translation>
    </message>
    <message>
        <source>Lay it over the live view</source>
        <translation>叠加到实时视图上</translation>
    </message>
    <message>
        <source>Compute this map of the top-1 on every live frame and lay it over the live view (Grad-CAM, when on, is shown instead); the live view&apos;s frames per second include it</source>
        <translation>对每一帧实时画面计算首位类别的这张图并叠加到实时视图上（开启 Grad-CAM 时改为显示 Grad-CAM）；实时视图的每秒帧数包含这部分计算</translation>
    </message>
    <message>
        <source>Only the one-pass maps (gradient, input × gradient, Guided Backprop) keep up with the live view; this one takes many gradients per frame</source>
        <translation>只有单次反向传播的图（梯度、输入 × 梯度、Guided Backprop）跟得上实时视图；这一种每帧需要许多次梯度</translation>
    </message>
    <message>
        <source>%1 of &lt;b&gt;%2&lt;/b&gt; (class %3) on each live frame, laid over the live view. Colours end at the 99.5th percentile of |map|: %4.</source>
        <translation>每一帧实时画面上 &lt;b&gt;%2&lt;/b&gt;（类别 %3）的%1，叠加在实时视图上。颜色止于 |图| 的第 99.5 百分位：%4。</translation>
    </message>
</context>
<context>
    <name>explorer::FaithfulnessChart</name>
    <message>
        <source>%1, deletion</source>
        <translation>%1，删除</translation>
    </message>
    <message>
        <source>%1, insertion</source>
        <translation>%1，插入</translation>
    </message>
    <message>
        <source>random, deletion</source>
        <translation>随机，删除</translation>
    </message>
    <message>
        <source>random, insertion</source>
        <translation>随机，插入</translation>
    </message>
    <message>
        <source>pixels deleted / inserted</source>
        <translation>删除 / 插入的像素</translation>
    </message>
    <message>
        <source>p(true class)</source>
        <translation>p(真实类别)</translation>
    </message>
</context>
<context>
    <name>explorer::FigureController</name>
    <message>
        <source>Hide the caption</source>
        <translation>隐藏说明</translation>
    </message>
    <message>
        <source>F&amp;igures</source>
        <translation>论文插图(&amp;I)</translation>
    </message>
    <message>
        <source>Unknown figure: %1</source>
        <translation>未知插图：%1</translation>
    </message>
    <message>
        <source>%1: %2 parameters, %3 multiply-adds, output %4</source>
        <translation>%1：%2 个参数，%3 次乘加，输出 %4</translation>
    </message>
</context>
<context>
    <name>explorer::FolderRun</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 holds no images.</source>
        <translation>%1 中没有图像。</translation>
    </message>
    <message>
        <source>%v of %m images</source>
        <translation>%v / %m 张图像</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) classified</source>
        <translation>
            <numerusform>%1：已分类 %n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be read</source>
        <translation>
            <numerusform>，%n 张无法读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder cancelled after %n image(s)</source>
        <translation>
            <numerusform>文件夹在 %n 张图像后取消</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::ImageDownload</name>
    <message>
        <source>Only http and https addresses are fetched, not %1.</source>
        <translation>只获取 http 和 https 地址，不获取 %1。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; pictures above %3 MB are not fetched.</source>
        <translation>%1 有 %2 MB；超过 %3 MB 的图片不会获取。</translation>
    </message>
    <message>
        <source>%1 sends more than %2 MB; pictures above that are not fetched.</source>
        <translation>%1 发送了超过 %2 MB 的数据；更大的图片不会获取。</translation>
    </message>
    <message>
        <source>%1 is not a picture (%2, it begins “%3”): PNG, JPEG, BMP, WebP, TIFF and PNM files are taken.</source>
        <translation>%1 不是图片（%2，开头为“%3”）：只接受 PNG、JPEG、BMP、WebP、TIFF 和 PNM 文件。</translation>
    </message>
    <message>
        <source>no type given</source>
        <translation>未给出类型</translation>
    </message>
    <message>
        <source>Fetching %1 was cancelled; nothing was kept.</source>
        <translation>已取消获取 %1；未保留任何内容。</translation>
    </message>
    <message>
        <source>%1 redirects more than %2 times (a loop?); not fetched.</source>
        <translation>%1 重定向超过 %2 次（循环？）；未获取。</translation>
    </message>
    <message>
        <source>%1 redirects from https to http; not fetched.</source>
        <translation>%1 从 https 重定向到 http；未获取。</translation>
    </message>
    <message>
        <source>Cannot fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
</context>
<context>
    <name>explorer::ImageInput</name>
    <message>
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Classify every image of a folder</source>
        <translation>对文件夹中的每张图像进行分类</translation>
    </message>
    <message>
        <source>Cannot keep the pasted image: %1</source>
        <translation>无法保存粘贴的图像：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop fetching the picture; nothing is kept</source>
        <translation>停止获取图片；不保留任何内容</translation>
    </message>
    <message>
        <source>The drop</source>
        <translation>拖放的内容</translation>
    </message>
    <message>
        <source>The clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>%1 holds nothing.</source>
        <translation>%1 中没有内容。</translation>
    </message>
    <message>
        <source>%1 holds no file, picture or picture address to classify.</source>
        <translation>%1 中没有可分类的文件、图片或图片地址。</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>The picture in the dropped HTML is not base64 data.</source>
        <translation>拖放的 HTML 中的图片不是 base64 数据。</translation>
    </message>
    <message>
        <source>The picture given is no format this program reads (PNG, JPEG, BMP, WebP, TIFF, PNM).</source>
        <translation>所给图片不是本程序能读取的格式（PNG、JPEG、BMP、WebP、TIFF、PNM）。</translation>
    </message>
    <message>
        <source>Cannot keep the picture in %1 (disk full?): %2</source>
        <translation>无法将图片保存到 %1（磁盘已满？）：%2</translation>
    </message>
    <message>
        <source>The picture given cannot be read.</source>
        <translation>无法读取所给图片。</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
</context>
<context>
    <name>explorer::InferenceService</name>
    <message>
        <source>bfloat16 is not offered here: %1</source>
        <translation>此处不提供 bfloat16：%1</translation>
    </message>
    <message>
        <source>bfloat16 is not offered here: without AMX this processor computes it slower than float32</source>
        <translation>此处不提供 bfloat16：没有 AMX 时，该处理器计算它比 float32 更慢</translation>
    </message>
    <message>
        <source>Cannot open %1 with its cached weights: %2</source>
        <translation>无法用缓存的权重打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot load %1 from %2: %3</source>
        <translation>无法从 %2 加载 %1：%3</translation>
    </message>
    <message>
        <source>No network is open yet.</source>
        <translation>尚未打开任何网络。</translation>
    </message>
    <message>
        <source>Cannot time %1: %2</source>
        <translation>无法为 %1 计时：%2</translation>
    </message>
    <message>
        <source>The class names kept for %1 (%2) no longer fit its classifier; it opens with its own names.</source>
        <translation>为 %1 保存的类别名称（%2）已不再符合其分类器；将使用其自身的名称打开。</translation>
    </message>
</context>
<context>
    <name>explorer::KnockoutController</name>
    <message>
        <source>Restore all knocked-out nodes</source>
        <translation>恢复所有已敲除的节点</translation>
    </message>
    <message>
        <source>%1 knocked out (%2). Right-click it to restore.</source>
        <translation>%1 已敲除（%2）。右键单击可恢复。</translation>
    </message>
    <message>
        <source>each channel set to its mean</source>
        <translation>每个通道置为其均值</translation>
    </message>
    <message>
        <source>set to zero</source>
        <translation>置零</translation>
    </message>
    <message>
        <source>Drop an image first.</source>
        <translation>请先拖入一张图像。</translation>
    </message>
    <message>
        <source>%1 has no branches to sweep.</source>
        <translation>%1 没有可逐一敲除的分支。</translation>
    </message>
    <message>
        <source>Knock out (zero)</source>
        <translation>敲除（置零）</translation>
    </message>
    <message>
        <source>Knock out (each channel&apos;s mean)</source>
        <translation>敲除（各通道均值）</translation>
    </message>
    <message>
        <source>The whole network cannot be knocked out; choose a module, branch or layer.</source>
        <translation>不能敲除整个网络；请选择模块、分支或层。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>%1 is not knocked out.</source>
        <translation>%1 未被敲除。</translation>
    </message>
    <message>
        <source>Restore all</source>
        <translation>全部恢复</translation>
    </message>
    <message>
        <source>Sweep its branches…</source>
        <translation>逐一敲除其分支…</translation>
    </message>
    <message>
        <source>%1 has no branches to knock out one by one; choose an Inception module.</source>
        <translation>%1 没有可逐一敲除的分支；请选择一个 Inception 模块。</translation>
    </message>
</context>
<context>
    <name>explorer::LectureMode</name>
    <message>
        <source>&amp;Lecture mode</source>
        <translation>授课模式(&amp;L)</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Full screen, large type, only the diagram, predictions and activations; Ctrl +/- change the size of the text</source>
        <translation>全屏、大字号，只显示结构图、预测和激活；Ctrl +/- 调整文字大小</translation>
    </message>
</context>
<context>
    <name>explorer::LiveCapture</name>
    <message>
        <source>live frame</source>
        <translation>实时画面</translation>
    </message>
    <message>
        <source>Live inference failed: %1</source>
        <translation>实时推理失败：%1</translation>
    </message>
    <message>
        <source>The live source %1 stopped with an error.</source>
        <translation>实时来源 %1 因错误而停止。</translation>
    </message>
</context>
<context>
    <name>explorer::LiveController</name>
    <message>
        <source>Videos (*.avi *.mp4 *.mkv *.mov *.webm *.mpg);;All files (*)</source>
        <translation>视频 (*.avi *.mp4 *.mkv *.mov *.webm *.mpg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>实时：%1</translation>
    </message>
    <message>
        <source>Open video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <source>Slide show of a folder</source>
        <translation>文件夹幻灯片</translation>
    </message>
    <message>
        <source>Where images come from</source>
        <translation>图像来源</translation>
    </message>
    <message>
        <source>Image files</source>
        <translation>图像文件</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <source>No camera opens on this machine (none connected, or each is in use).</source>
        <translation>本机无法打开任何摄像头（未连接，或均被占用）。</translation>
    </message>
</context>
<context>
    <name>explorer::LivePanel</name>
    <message>
        <source>&amp;Camera</source>
        <translation>摄像头(&amp;C)</translation>
    </message>
    <message>
        <source>Start the first camera that opens</source>
        <translation>启动第一个能打开的摄像头</translation>
    </message>
    <message>
        <source>&amp;Video…</source>
        <translation>视频(&amp;V)…</translation>
    </message>
    <message>
        <source>Slide &amp;show…</source>
        <translation>幻灯片(&amp;S)…</translation>
    </message>
    <message>
        <source>Every image of a folder, in turn</source>
        <translation>依次显示文件夹中的每张图像</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Mirror</source>
        <translation>镜像(&amp;M)</translation>
    </message>
    <message>
        <source>Show the picture as in a mirror (the network sees it unmirrored)</source>
        <translation>以镜像方式显示画面（网络看到的是未镜像的画面）</translation>
    </message>
    <message>
        <source>&amp;Freeze</source>
        <translation>定格(&amp;F)</translation>
    </message>
    <message>
        <source>Hold the current frame (Space)</source>
        <translation>定格当前帧（空格键）</translation>
    </message>
    <message>
        <source>S&amp;napshot</source>
        <translation>快照(&amp;N)</translation>
    </message>
    <message>
        <source>Save the frame shown as a PNG</source>
        <translation>将当前显示的帧保存为 PNG</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>快照已保存到 %1</translation>
    </message>
    <message numerus="yes">
        <source>capture %1 fps · inference %2 fps
forward %3 ms · %n frame(s) skipped</source>
        <translation>
            <numerusform>采集 %1 帧/秒 · 推理 %2 帧/秒
前向 %3 毫秒 · 跳过 %n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no frame to save.</source>
        <translation>没有可保存的帧。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>explorer::LiveView</name>
    <message>
        <source>No live source. Start the camera, or open a video or a folder of images.</source>
        <translation>没有实时来源。请启动摄像头，或打开视频或图像文件夹。</translation>
    </message>
</context>
<context>
    <name>explorer::MainWindow</name>
    <message>
        <source>Inception Explorer</source>
        <translation>Inception 探索器</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open image…</source>
        <translation>打开图像(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Paste image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export diagram…</source>
        <translation>导出结构图(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>全部收起</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Colour by &amp;activation</source>
        <translation>按激活着色(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Tint each module by its mean activation for the current image</source>
        <translation>按当前图像的平均激活为每个模块着色</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Classifying %1…</source>
        <translation>正在分类 %1…</translation>
    </message>
    <message>
        <source>Diagram written to %1</source>
        <translation>结构图已写入 %1</translation>
    </message>
    <message>
        <source>Restart the application to use the new language.</source>
        <translation>请重启程序以使用新语言。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>&amp;Side by side…</source>
        <translation>并排比较(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Paper vs implementation</source>
        <translation>论文与实现</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>Class &amp;names…</source>
        <translation>类别名称(&amp;N)…</translation>
    </message>
    <message>
        <source>Computing for %1…</source>
        <translation>正在为 %1 计算…</translation>
    </message>
    <message>
        <source>%1 is opening…</source>
        <translation>正在打开 %1…</translation>
    </message>
</context>
<context>
    <name>explorer::NetworkView</name>
    <message>
        <source>Cannot describe %1: %2</source>
        <translation>无法描述 %1：%2</translation>
    </message>
</context>
<context>
    <name>explorer::NodeSearch</name>
    <message>
        <source>Find node (Ctrl+F)</source>
        <translation>查找节点 (Ctrl+F)</translation>
    </message>
    <message>
        <source>No node matches “%1”</source>
        <translation>没有节点匹配“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>explorer::PaperPanel</name>
    <message>
        <source>&lt;p&gt;No difference between the paper and the reference implementation of this variant has been checked against a source here yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此变体的论文与参考实现之间的差异尚未在此对照来源核实。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>The paper:</source>
        <translation>论文：</translation>
    </message>
    <message>
        <source>The reference:</source>
        <translation>参考实现：</translation>
    </message>
    <message>
        <source>This project:</source>
        <translation>本项目：</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <source>Verified in:</source>
        <translation>核实依据：</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is listed for this variant: its reference implementation (%1) is not installed on this machine, and a difference is listed only once the lines of the reference&apos;s source that show it have been checked here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此变体没有列出任何条目：其参考实现（%1）未安装在本机上，只有在此核对过参考源码中显示差异的行之后，才会列出该差异。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>explorer::PredictionsPanel</name>
    <message>
        <source>Drop an image on the window, or use File ▸ Open image… (Ctrl+O).</source>
        <translation>将图像拖到窗口上，或使用 文件 ▸ 打开图像…（Ctrl+O）。</translation>
    </message>
    <message>
        <source>Live: the frame is in the Live dock</source>
        <translation>实时：画面显示在“实时”面板中</translation>
    </message>
    <message>
        <source>Untrained network: random weights (calibrated). These classes mean nothing — the activations still show what each branch computes.</source>
        <translation>未训练的网络：随机权重（已校准）。这些类别没有意义——但激活仍然展示了每个分支的计算。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 ms</source>
        <translation>%1 · %2 · %3 毫秒</translation>
    </message>
    <message>
        <source>Fashion-MNIST network trained by this project: it knows 10 kinds of clothing, and sees your image as %1×%2 grey (right).</source>
        <translation>本项目训练的 Fashion-MNIST 网络：它认识 10 种服饰，并把你的图像看作 %1×%2 灰度图（右）。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Knocked out: %1. Grey bars: before, coloured bars: after.</source>
        <translation>已敲除：%1。灰色条：之前，彩色条：之后。</translation>
    </message>
    <message>
        <source>New top-1: %1 (was %2, %3 %)</source>
        <translation>新的 Top-1：%1（原为 %2，%3 %）</translation>
    </message>
    <message>
        <source>The top-1 stays.</source>
        <translation>Top-1 不变。</translation>
    </message>
    <message>
        <source>rank %1, unchanged</source>
        <translation>排名 %1，不变</translation>
    </message>
    <message>
        <source>rank %1 → %2 ▲</source>
        <translation>排名 %1 → %2 ▲</translation>
    </message>
    <message>
        <source>rank %1 → %2 ▼</source>
        <translation>排名 %1 → %2 ▼</translation>
    </message>
    <message>
        <source>before: %1</source>
        <translation>之前：%1</translation>
    </message>
</context>
<context>
    <name>explorer::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language applies the next time the application starts.</source>
        <translation>语言将在下次启动程序时生效。</translation>
    </message>
</context>
<context>
    <name>explorer::PresenterWindow</name>
    <message>
        <source>Presenter view — Inception Explorer</source>
        <translation>演讲者视图 — Inception Explorer</translation>
    </message>
    <message>
        <source>Time since the tour started (click Reset to start again)</source>
        <translation>导览开始以来的时间（点击重置重新计时）</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;备注&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next&lt;/b&gt;</source>
        <translation>&lt;b&gt;下一步&lt;/b&gt;</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <source>(untitled step)</source>
        <translation>（无标题步骤）</translation>
    </message>
    <message>
        <source>&lt;i&gt;No notes for this step.&lt;/i&gt;</source>
        <translation>&lt;i&gt;此步骤没有备注。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;This is the last step.&lt;/i&gt;</source>
        <translation>&lt;i&gt;这是最后一步。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>explorer::RunChoices</name>
    <message>
        <source>Network variant</source>
        <translation>网络变体</translation>
    </message>
    <message>
        <source>Run the network on the CPU or on the GPU</source>
        <translation>在 CPU 或 GPU 上运行网络</translation>
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
        <translation>此 LibTorch 没有 CUDA 设备</translation>
    </message>
    <message>
        <source>Number format of the forward pass: float32 gives the reference&apos;s numbers; bfloat16 is faster where the processor has it and moves probabilities slightly</source>
        <translation>前向计算的数值格式：float32 给出与参考实现一致的数值；在支持它的处理器上 bfloat16 更快，但概率会略有变化</translation>
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
        <translation>网络在何处运行、使用哪些权重</translation>
    </message>
    <message>
        <source>Opening the network: weights, and for random weights their calibration</source>
        <translation>正在打开网络：读取权重；若为随机权重，则进行校准</translation>
    </message>
    <message>
        <source>Opening %1: %2</source>
        <translation>正在打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 · untrained (random weights)</source>
        <translation>%1 · 未训练（随机权重）</translation>
    </message>
    <message>
        <source>%1 · pretrained weights</source>
        <translation>%1 · 预训练权重</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>%1 已就绪</translation>
    </message>
    <message>
        <source>Unknown variant: %1</source>
        <translation>未知变体：%1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Loading %1 from %2…</source>
        <translation>正在从 %2 加载 %1…</translation>
    </message>
    <message>
        <source>This LibTorch has no CUDA device; the network stays on the CPU.</source>
        <translation>此 LibTorch 没有 CUDA 设备；网络仍在 CPU 上运行。</translation>
    </message>
    <message>
        <source>The network now runs on %1</source>
        <translation>网络现在运行于 %1</translation>
    </message>
    <message>
        <source>Forward passes in bfloat16: faster, probabilities move slightly</source>
        <translation>前向计算使用 bfloat16：更快，概率略有变化</translation>
    </message>
    <message>
        <source>Forward passes in float32: the reference implementation&apos;s numbers</source>
        <translation>前向计算使用 float32：与参考实现的数值一致</translation>
    </message>
    <message>
        <source>Cannot read the class names in %1: %2</source>
        <translation>无法读取 %1 中的类别名称：%2</translation>
    </message>
    <message>
        <source>%1 holds %2 class names, but the classifier of %3 has %4 outputs: one name per line, in the order of the outputs.</source>
        <translation>%1 含有 %2 个类别名称，但 %3 的分类器有 %4 个输出：每行一个名称，按输出顺序排列。</translation>
    </message>
    <message>
        <source>Loading the class names of %1 from %2…</source>
        <translation>正在从 %2 加载 %1 的类别名称…</translation>
    </message>
    <message>
        <source>%1 open; computing the image…</source>
        <translation>%1 已打开；正在计算图像…</translation>
    </message>
</context>
<context>
    <name>explorer::SanityChart</name>
    <message>
        <source>shuffled labels</source>
        <translation>打乱标签</translation>
    </message>
    <message>
        <source>trained</source>
        <translation>训练后</translation>
    </message>
    <message>
        <source>re-initialised from the classifier down →</source>
        <translation>从分类器向下重新初始化 →</translation>
    </message>
    <message>
        <source>rank correlation</source>
        <translation>秩相关</translation>
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
        <translation>并排比较 — Inception Explorer</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>打开图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>%1 · random weights (calibrated): the classes mean nothing</source>
        <translation>%1 · 随机权重（已校准）：类别没有意义</translation>
    </message>
    <message>
        <source>%1 · pretrained weights</source>
        <translation>%1 · 预训练权重</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Multiply-adds</source>
        <translation>乘加</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Forward time, this image</source>
        <translation>前向时间（本图像）</translation>
    </message>
    <message>
        <source>Stages lined up by how far each network has reduced its input; click a row to frame both</source>
        <translation>按各网络对输入的缩减程度对齐各阶段；点击一行可同时定位两边</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Classifying %1…</source>
        <translation>正在分类 %1…</translation>
    </message>
    <message>
        <source>right ÷ left</source>
        <translation>右 ÷ 左</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Reduced</source>
        <translation>缩减</translation>
    </message>
    <message>
        <source>÷%1</source>
        <translation>÷%1</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>池化后</translation>
    </message>
    <message>
        <source>Open an image: both networks classify it.</source>
        <translation>打开一张图像：两个网络都会对其分类。</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图像 (%1)</translation>
    </message>
</context>
<context>
    <name>explorer::StatisticsPanel</name>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>乘加次数</translation>
    </message>
    <message>
        <source>Share of MACs</source>
        <translation>乘加占比</translation>
    </message>
    <message>
        <source>This network</source>
        <translation>当前网络</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>GMACs</source>
        <translation>十亿次乘加</translation>
    </message>
    <message>
        <source>Published top-1 (%)</source>
        <translation>公布的 Top-1 (%)</translation>
    </message>
    <message>
        <source>Latency here (ms)</source>
        <translation>本机延迟（毫秒）</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>&amp;Measure latency</source>
        <translation>测量延迟(&amp;M)</translation>
    </message>
    <message>
        <source>Time one forward pass (batch 1, median of 3 after a warm-up) of every variant on this machine</source>
        <translation>在本机测量每个变体的一次前向传播（批大小 1，预热后取 3 次的中位数）</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <source>The five variants</source>
        <translation>五个变体</translation>
    </message>
    <message>
        <source>%1 of %2 measured on %3, batch 1, untrained weights (the time does not depend on their values).</source>
        <translation>已在 %3 上测量 %1 / %2 个，批大小 1，未训练权重（耗时与权重取值无关）。</translation>
    </message>
    <message>
        <source>Multiply-adds (millions)</source>
        <translation>乘加运算（百万次）</translation>
    </message>
    <message>
        <source>Where %1 spends its multiply-adds, stage by stage</source>
        <translation>%1 各阶段的乘加运算分布</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>百万</translation>
    </message>
</context>
<context>
    <name>explorer::SweepDialog</name>
    <message>
        <source>Knockout sweep — %1</source>
        <translation>逐一敲除 — %1</translation>
    </message>
    <message>
        <source>Each branch of &lt;b&gt;%1&lt;/b&gt; knocked out in turn. &lt;i&gt;Drop&lt;/i&gt;: how much the original top-1&apos;s probability falls; &lt;i&gt;top-1 kept&lt;/i&gt;: whether it stays on top; &lt;i&gt;KL&lt;/i&gt;: the KL divergence of the whole distribution from the original (nats). Click a column to sort.</source>
        <translation>依次敲除 &lt;b&gt;%1&lt;/b&gt; 的每个分支。&lt;i&gt;下降&lt;/i&gt;：原 Top-1 的概率下降多少；&lt;i&gt;Top-1 保持&lt;/i&gt;：它是否仍居首位；&lt;i&gt;KL&lt;/i&gt;：整个分布相对原分布的 KL 散度（nats）。单击列标题排序。</translation>
    </message>
    <message>
        <source>Replace each channel by its spatial mean instead of zero</source>
        <translation>用每个通道的空间均值而不是零替换</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Top-1 kept</source>
        <translation>Top-1 保持</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>Mean per branch over the images:</source>
        <translation>各分支在所有图像上的均值：</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>Mean drop</source>
        <translation>平均下降</translation>
    </message>
    <message>
        <source>Mean KL</source>
        <translation>平均 KL</translation>
    </message>
    <message>
        <source>Add a folder of images…</source>
        <translation>添加图像文件夹…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>图像文件夹</translation>
    </message>
    <message>
        <source>%1 holds no images.</source>
        <translation>%1 中没有图像。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n image(s) of this batch.</source>
        <translation>
            <numerusform>本批处理 %n 张图像后取消。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) swept in all.</source>
        <translation>
            <numerusform>共处理 %n 张图像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read; the last: %1</source>
        <translation>
            <numerusform>%n 张无法读取；最后一张：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Export the sweep</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Restore knockouts first</source>
        <translation>先恢复被敲除的节点</translation>
    </message>
    <message>
        <source>Restore every knocked-out node in the window and sweep again against the whole network</source>
        <translation>恢复窗口中所有被敲除的节点，并针对完整网络重新扫描</translation>
    </message>
    <message>
        <source>Baseline: the whole network, as loaded.</source>
        <translation>基线：完整网络（与加载时相同）。</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>置零</translation>
    </message>
    <message>
        <source>Baseline: the network with %1 knocked out, as in the window; they stay knocked out during the sweep, and a branch already knocked out shows a drop of 0.</source>
        <translation>基线：像窗口中一样敲除了 %1 的网络；扫描期间它们保持敲除状态，已被敲除的分支显示下降为 0。</translation>
    </message>
    <message numerus="yes">
        <source>Sweeping %n image(s)…</source>
        <translation>
            <numerusform>正在扫描 %n 张图像…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (knocked out in the baseline)</source>
        <translation>%1（在基线中已敲除）</translation>
    </message>
</context>
<context>
    <name>explorer::TourBar</name>
    <message>
        <source>Previous step (Page Up)</source>
        <translation>上一步（Page Up）</translation>
    </message>
    <message>
        <source>Next step (Page Down)</source>
        <translation>下一步（Page Down）</translation>
    </message>
    <message>
        <source>Close the tour</source>
        <translation>关闭导览</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n step(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n 个步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>Page Down (or Space) starts the tour.</source>
        <translation>按 Page Down（或空格）开始导览。</translation>
    </message>
    <message>
        <source>Set up a view and choose Tour ▸ Add current view as step (Ctrl+Shift+A).</source>
        <translation>设置好视图，然后选择 导览 ▸ 将当前视图添加为步骤（Ctrl+Shift+A）。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
</context>
<context>
    <name>explorer::TourController</name>
    <message>
        <source>New tour</source>
        <translation>新导览</translation>
    </message>
    <message>
        <source>Step %1 added. Tour ▸ Edit step… gives it a caption and notes.</source>
        <translation>已添加第 %1 步。导览 ▸ 编辑步骤… 可为其添加说明和备注。</translation>
    </message>
    <message>
        <source>No tour is open.</source>
        <translation>没有打开的导览。</translation>
    </message>
    <message>
        <source>Tour saved to %1.</source>
        <translation>导览已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>explorer::TourMenu</name>
    <message>
        <source>&amp;Tour</source>
        <translation>导览(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Built-in tour: From GoogLeNet to Inception-ResNet</source>
        <translation>内置导览：从 GoogLeNet 到 Inception-ResNet(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open tour…</source>
        <translation>打开导览(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a tour</source>
        <translation>打开导览</translation>
    </message>
    <message>
        <source>Tours (*.json)</source>
        <translation>导览 (*.json)</translation>
    </message>
    <message>
        <source>&amp;New tour</source>
        <translation>新建导览(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>上一步(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;First step</source>
        <translation>第一步(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Last step</source>
        <translation>最后一步(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add current view as step</source>
        <translation>将当前视图添加为步骤(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Edit step…</source>
        <translation>编辑步骤(&amp;E)…</translation>
    </message>
    <message>
        <source>Move step &amp;up</source>
        <translation>上移步骤(&amp;U)</translation>
    </message>
    <message>
        <source>Move step do&amp;wn</source>
        <translation>下移步骤(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete step</source>
        <translation>删除步骤(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save tour as…</source>
        <translation>导览另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the tour</source>
        <translation>保存导览</translation>
    </message>
    <message>
        <source>Presenter &amp;view</source>
        <translation>演讲者视图(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export &amp;handout…</source>
        <translation>导出讲义(&amp;H)…</translation>
    </message>
    <message>
        <source>Export the handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
    <message>
        <source>Numbers come from the tree: {params:googlenet/inception4a}, {macs:inception_v3/Mixed_6b}, {shape:…}, {scale:…}, {saving:%1}.</source>
        <translation>数字来自结构树：{params:googlenet/inception4a}、{macs:inception_v3/Mixed_6b}、{shape:…}、{scale:…}、{saving:%1}。</translation>
    </message>
    <message>
        <source>Speaker &amp;notes:</source>
        <translation>演讲备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Writing the handout…</source>
        <translation>正在写入讲义…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing the handout: step %1 of %2…</source>
        <translation>正在写入讲义：第 %1 步，共 %2 步…</translation>
    </message>
</context>
<context>
    <name>explorer::TrainingPanel</name>
    <message>
        <source>Fashion-MNIST (28×28 grey)</source>
        <translation>Fashion-MNIST（28×28 灰度）</translation>
    </message>
    <message>
        <source>CIFAR-10 folder…</source>
        <translation>CIFAR-10 文件夹…</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>图像文件夹…</translation>
    </message>
    <message>
        <source>Multiplies every filter count (the five reference networks need 1, 0.5, 0.25 or 0.125)</source>
        <translation>所有卷积核数乘以该系数（五个参考网络需为 1、0.5、0.25 或 0.125）</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Train on the first N images only (0: all)</source>
        <translation>只用前 N 张图像训练（0：全部）</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>BN vs no BN</source>
        <translation>有 BN 对比无 BN</translation>
    </message>
    <message>
        <source>Trains the teaching pair (with and without batch norm) one after the other and overlays their curves</source>
        <translation>依次训练教学网络对（有和没有批归一化），并叠加它们的曲线</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>打开运行…</translation>
    </message>
    <message>
        <source>Add the curves of a run folder (also one still being written, followed live)</source>
        <translation>加入一个运行文件夹的曲线（也可以是仍在写入的，实时跟踪）</translation>
    </message>
    <message>
        <source>Open run folder</source>
        <translation>打开运行文件夹</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Exponential moving average of the per-step curves</source>
        <translation>逐步曲线的指数移动平均</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>导出曲线</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>已排队：%1</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation>无法创建运行文件夹 %1</translation>
    </message>
    <message>
        <source>Loading the data…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <source>Training %1…</source>
        <translation>正在训练 %1…</translation>
    </message>
    <message>
        <source>Paused at step %1: Resume continues the same curve</source>
        <translation>已在第 %1 步暂停：继续将沿同一曲线进行</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1 has no metrics.csv: not a run folder</source>
        <translation>%1 没有 metrics.csv：不是运行文件夹</translation>
    </message>
    <message>
        <source>%1 train</source>
        <translation>%1 训练</translation>
    </message>
    <message>
        <source>%1 epoch mean</source>
        <translation>%1 每轮平均</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>solid: train, per step (smoothed) · dotted: train, mean per epoch · dashed with points: validation</source>
        <translation>实线：训练，逐步（平滑）· 点线：训练，每轮平均 · 带点虚线：验证</translation>
    </message>
    <message>
        <source>Fit the newest run</source>
        <translation>适配最新一次运行</translation>
    </message>
    <message>
        <source>The step axis spans the newest run; longer runs are cut at its last step</source>
        <translation>步数轴只覆盖最新一次运行；更长的运行在其最后一步处截断</translation>
    </message>
</context>
<context>
    <name>explorer::WeightsPanel</name>
    <message>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Fetch the published file into the cache; it is kept only if its SHA-256 matches</source>
        <translation>将公布的文件下载到缓存；仅当其 SHA-256 匹配时才保留</translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>加载文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Use any local weight file (.pth, .pt, .bin, .safetensors) for the selected variant</source>
        <translation>为所选变体使用任意本地权重文件（.pth、.pt、.bin、.safetensors）</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Weights are looked for in %1 and the HuggingFace cache. Without them a variant runs untrained (random weights), and says so.</source>
        <translation>在 %1 和 HuggingFace 缓存中查找权重。没有权重时，变体以未训练状态（随机权重）运行，并会明确标注。</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <source>?</source>
        <translation>？</translation>
    </message>
    <message>
        <source>Downloaded and verified: %1</source>
        <translation>已下载并校验：%1</translation>
    </message>
    <message>
        <source>found, verified</source>
        <translation>已找到，已校验</translation>
    </message>
    <message>
        <source>found (no hash to check)</source>
        <translation>已找到（无可校验的哈希）</translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>missing — untrained until downloaded</source>
        <translation>缺失——下载前为未训练状态</translation>
    </message>
    <message>
        <source>none published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>No published weights are known for %1.</source>
        <translation>没有已知的 %1 公布权重。</translation>
    </message>
    <message>
        <source>Downloading %1 …</source>
        <translation>正在下载 %1 …</translation>
    </message>
    <message>
        <source>Weights for %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <source>Weight files (*.pth *.pt *.bin *.safetensors);;All files (*)</source>
        <translation>权重文件 (*.pth *.pt *.bin *.safetensors);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Class &amp;names…</source>
        <translation>类别名称(&amp;N)…</translation>
    </message>
    <message>
        <source>Names for the classes of the network shown, one per line in the classifier&apos;s order; kept with its weight file</source>
        <translation>所显示网络的类别名称，每行一个，按分类器顺序排列；与其权重文件一起保存</translation>
    </message>
    <message>
        <source>Class names, one per line</source>
        <translation>类别名称，每行一个</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.names);;All files (*)</source>
        <translation>文本文件 (*.txt *.csv *.names);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Teach and inspect the Inception networks.</source>
        <translation>讲授并剖析 Inception 网络。</translation>
    </message>
    <message>
        <source>Image to classify.</source>
        <translation>要分类的图像。</translation>
    </message>
    <message>
        <source>Node to select.</source>
        <translation>要选中的节点。</translation>
    </message>
    <message>
        <source>Modules to open.</source>
        <translation>要展开的模块。</translation>
    </message>
    <message>
        <source>Docks to show.</source>
        <translation>要显示的面板。</translation>
    </message>
    <message>
        <source>Render the window to this PNG and exit.</source>
        <translation>将窗口渲染为此 PNG 后退出。</translation>
    </message>
    <message>
        <source>Open a figure of the Figures menu (&quot;help&quot; lists them).</source>
        <translation>打开“论文插图”菜单中的一幅插图（“help”列出全部）。</translation>
    </message>
    <message>
        <source>With --image and --select: enlarge this channel of this branch (1-based).</source>
        <translation>与 --image 和 --select 一起使用：放大该分支的该通道（从 1 开始计数）。</translation>
    </message>
    <message>
        <source>Time every variant for the comparison table first.</source>
        <translation>先为对比表测量每个变体的耗时。</translation>
    </message>
    <message>
        <source>Start the live view on cam:N, a video or a folder.</source>
        <translation>以 cam:N、视频或文件夹启动实时视图。</translation>
    </message>
    <message>
        <source>With --live and --screenshot: wait for this many predictions.</source>
        <translation>与 --live 和 --screenshot 一起使用：等待这么多次预测。</translation>
    </message>
    <message>
        <source>Language of the window (de, zh_CN, en); default: Preferences, else the system&apos;s.</source>
        <translation>窗口语言（de、zh_CN、en）；默认取首选项，否则取系统语言。</translation>
    </message>
    <message>
        <source>Images (or a folder) to classify at start.</source>
        <translation>启动时要分类的图像（或文件夹）。</translation>
    </message>
    <message>
        <source>Variant to show (default: one with weights on disk, else the bundled Fashion-MNIST model).</source>
        <translation>要显示的变体（默认：磁盘上有权重的变体，否则为自带的 Fashion-MNIST 模型）。</translation>
    </message>
    <message>
        <source>Add a training run folder&apos;s curves to the Training dock (repeatable).</source>
        <translation>把一个训练运行文件夹的曲线加入训练面板（可重复）。</translation>
    </message>
    <message>
        <source>Start training: a network id, or bn-vs-nobn for the teaching pair.</source>
        <translation>开始训练：网络 ID，或 bn-vs-nobn 表示教学网络对。</translation>
    </message>
    <message>
        <source>With --train: use the first N training images.</source>
        <translation>与 --train 一起：使用前 N 张训练图像。</translation>
    </message>
    <message>
        <source>With --train and --screenshot: wait until the run has taken N steps.</source>
        <translation>与 --train 和 --screenshot 一起：等待运行完成 N 步。</translation>
    </message>
    <message>
        <source>Write the Training dock&apos;s curves to this PNG and exit.</source>
        <translation>把训练面板的曲线写入此 PNG 并退出。</translation>
    </message>
    <message>
        <source>Knock out a node: ID or ID=mean (repeatable).</source>
        <translation>敲除一个节点：ID 或 ID=mean（可重复）。</translation>
    </message>
    <message>
        <source>Grad-CAM on, for this class (-1: the top-1).</source>
        <translation>打开 Grad-CAM，针对该类别（-1：Top-1）。</translation>
    </message>
    <message>
        <source>With --image: compute the occlusion map first.</source>
        <translation>配合 --image：先计算遮挡图。</translation>
    </message>
    <message>
        <source>With --image: the knockout sweep of this module, over the image and the files given (with --screenshot: a picture of the sweep).</source>
        <translation>配合 --image：逐一敲除该模块的分支，作用于该图像及给定文件（配合 --screenshot：保存结果表的图片）。</translation>
    </message>
    <message>
        <source>With --channel: draw the receptive field of this cell (row,column) on the input.</source>
        <translation>配合 --channel：在输入上画出该单元（行,列）的感受野。</translation>
    </message>
    <message>
        <source>With --channel: run &quot;What does this channel look for?&quot; first.</source>
        <translation>配合 --channel：先运行“这个通道在寻找什么？”。</translation>
    </message>
    <message>
        <source>With --image: index this folder of images for dataset examples first (as &quot;Index a folder…&quot;).</source>
        <translation>配合 --image：先为数据集样例索引此图像文件夹（同“索引文件夹…”）。</translation>
    </message>
    <message>
        <source>With --image: DeepDream at this node (with --screenshot: a picture of the dialog).</source>
        <translation>配合 --image：在此节点运行 DeepDream（配合 --screenshot：对话框的截图）。</translation>
    </message>
    <message>
        <source>Open a tour (a file, or &quot;builtin&quot;) and play its first step (or --step).</source>
        <translation>打开导览（文件或 &quot;builtin&quot;）并播放第一步（或 --step 指定的步骤）。</translation>
    </message>
    <message>
        <source>With --tour: play step N (from 1).</source>
        <translation>配合 --tour：播放第 N 步（从 1 开始）。</translation>
    </message>
    <message>
        <source>Render a tour (a file, or &quot;builtin&quot;) as a handout (--pdf and/or --png-folder) and exit.</source>
        <translation>将导览（文件或 &quot;builtin&quot;）渲染为讲义（--pdf 和/或 --png-folder）后退出。</translation>
    </message>
    <message>
        <source>With --handout: the PDF to write.</source>
        <translation>配合 --handout：要写入的 PDF。</translation>
    </message>
    <message>
        <source>With --handout: a folder for one PNG per step.</source>
        <translation>配合 --handout：每步一个 PNG 的文件夹。</translation>
    </message>
    <message>
        <source>With --handout: Letter pages instead of A4.</source>
        <translation>配合 --handout：使用 Letter 纸张而非 A4。</translation>
    </message>
    <message>
        <source>With --handout: print the speaker notes too.</source>
        <translation>配合 --handout：同时打印演讲备注。</translation>
    </message>
    <message>
        <source>With --tour: write the tour to this file (e.g. the built-in one, to edit) and exit.</source>
        <translation>配合 --tour：把导览写入此文件（例如内置导览，以便编辑）后退出。</translation>
    </message>
    <message>
        <source>With --tour: open the presenter view and render it to this PNG.</source>
        <translation>配合 --tour：打开演讲者视图并渲染为此 PNG。</translation>
    </message>
    <message>
        <source>With --image: two variants side by side on it (with --screenshot: a picture of that window).</source>
        <translation>配合 --image：两个变体并排处理该图像（配合 --screenshot：该窗口的截图）。</translation>
    </message>
    <message>
        <source>Show the Paper vs implementation dock at its item N (from 1).</source>
        <translation>显示“论文与实现”面板的第 N 项（从 1 开始）。</translation>
    </message>
    <message>
        <source>With --look-for: three pictures pushed apart by the diversity term.</source>
        <translation>配合 --look-for：三张由多样性项区分开的图像。</translation>
    </message>
    <message>
        <source>Window size (default: as it was last closed, else fitted to the screen; 1600x1000 when rendering to a file).</source>
        <translation>窗口大小（默认：上次关闭时的大小，否则适应屏幕；渲染到文件时为 1600x1000）。</translation>
    </message>
    <message>
        <source>Start in lecture mode (F11); with --size or --screenshot at the window&apos;s size instead of full screen.</source>
        <translation>以讲课模式（F11）启动；配合 --size 或 --screenshot 时使用窗口大小而非全屏。</translation>
    </message>
    <message>
        <source>With --image: compute this input attribution first (gradient, input-x-gradient, integrated-gradients, smoothgrad, smoothgrad-squared, vargrad, guided-backprop).</source>
        <translation>配合 --image：先计算此输入归因（gradient、input-x-gradient、integrated-gradients、smoothgrad、smoothgrad-squared、vargrad、guided-backprop）。</translation>
    </message>
    <message>
        <source>With --image and --attribution: then its sanity check (trained weights).</source>
        <translation>与 --image 和 --attribution 一起：随后进行其合理性检验（需训练过的权重）。</translation>
    </message>
    <message>
        <source>With --attribution: then its deletion and insertion curves on Fashion-MNIST test images (the bundled model).</source>
        <translation>与 --attribution 一起：随后在 Fashion-MNIST 测试图像上计算其删除与插入曲线（随附模型）。</translation>
    </message>
    <message>
        <source>Lay this one-pass map (gradient, input-x-gradient, guided-backprop) of the top-1 over the live view.</source>
        <translation>将首位类别的这张单次传播图（gradient、input-x-gradient、guided-backprop）叠加到实时视图上。</translation>
    </message>
</context>
</TS>
