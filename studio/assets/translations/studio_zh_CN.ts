<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>studio</name>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>  ★ best</source>
        <translation>  ★ 最佳</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source> (slow motion)</source>
        <translation> （慢动作）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/timing.py"/>
        <source> bpm</source>
        <translation> bpm</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/train_bar.py"/>
        <source> epochs</source>
        <translation> 轮</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source> Its variations are drawn by the generator as it is now (epoch {epochs_done}).</source>
        <translation> 它的变体由当前的生成器绘制（第 {epochs_done} 轮）。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source> test NLL {nll:.1f} nats</source>
        <translation> 测试 NLL {nll:.1f} nats</translation>
    </message>
    <message>
        <location filename="studio/ui/live_status.py"/>
        <source> · saved</source>
        <translation> · 已保存</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <location filename="studio/ui/widgets/timeline_slider.py"/>
        <source> · step {step:,}</source>
        <translation> · 第 {step:,} 步</translation>
    </message>
    <message>
        <location filename="studio/ui/live_status.py"/>
        <source> · validation {term} {value}</source>
        <translation> · 验证 {term} {value}</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="vanished">关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>&amp;About Generative Studio</source>
        <translation>关于 Generative Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <location filename="studio/ui/welcome/install.py"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <location filename="studio/ui/welcome/install.py"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/install.py"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/install.py"/>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>&apos;digits&apos; (built in: 1,797 handwritten digits), or the path of an MNIST IDX file or folder, a folder of images, or a .npz archive. The music models learn from &apos;bach&apos; (the Bach chorales, built in) or a folder of MIDI files.</source>
        <translation>&apos;digits&apos;（内置：1,797 个手写数字），或 MNIST IDX 文件或文件夹、图片文件夹、.npz 归档的路径。音乐模型从 &apos;bach&apos;（内置的巴赫众赞歌）或 MIDI 文件夹学习。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>&apos;{name}&apos; cannot be read ({reason}).</source>
        <translation>无法读取“{name}”（{reason}）。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>&apos;{name}&apos; exists. Replace it?</source>
        <translation>“{name}”已存在。要替换吗？</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>, in {name} (detected)</source>
        <translation>，{name}（自动检测）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>, {c} channels</source>
        <translation>，{c} 个通道</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>.npz archive…</source>
        <translation>.npz 归档…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>1 epoch</source>
        <translation>1 轮</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>1 is the classic VAE; larger values trade detail for a smoother, more disentangled latent space</source>
        <translation>1 为经典 VAE；更大的值以细节换取更平滑、更解耦的潜在空间</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>1 take</source>
        <translation>1 个片段</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>1 track</source>
        <translation>1 条音轨</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>1/16 triplet</source>
        <translation>1/16 三连音</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>1/8 triplet</source>
        <translation>1/8 三连音</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>100: timing kept to 10 ms</source>
        <translation>100：时间精确到 10 毫秒</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>256 grey levels</source>
        <translation>256 级灰度</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>&lt;b&gt;Text&lt;/b&gt;</source>
        <translation>&lt;b&gt;文本&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>&lt;b&gt;Words&lt;/b&gt;</source>
        <translation>&lt;b&gt;词语&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>&lt;b&gt;Words&lt;/b&gt; (click one to leave it out)</source>
        <translation>&lt;b&gt;词语&lt;/b&gt;（点击一个词将其排除）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>&lt;b&gt;Words&lt;/b&gt; ({n_frequencies}; click one to leave it out)</source>
        <translation>&lt;b&gt;词语&lt;/b&gt;（{n_frequencies} 个；点击一个词将其排除）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Train generative models on your own machine and play with what they learn.</source>
        <translation type="vanished">&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;在自己的电脑上训练生成模型，并探索它们学到的东西。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>A chosen note</source>
        <translation>指定的音符</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>A DCGAN starts from noise: its grid of samples is redrawn after every epoch as it learns the strokes.</source>
        <translation>DCGAN 从噪声开始：它的样本网格每轮都会重绘，可以看到它逐渐学会笔画。</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>A DCGAN told which class to draw: G takes the label with its noise; D judges each picture for its class (a class projection) and also names the class (AC-GAN); D trains twice per G step.</source>
        <translation>一个被告知要画哪个类别的 DCGAN：G 同时接收标签和噪声；D 针对类别评判每张图片（类别投影），并说出它的类别（AC-GAN）；G 每训练一步，D 训练两步。</translation>
    </message>
    <message>
        <source>A DCGAN told which class to draw: the label is concatenated to G&apos;s noise and to D&apos;s input image; D trains twice per G step.</source>
        <translation type="vanished">告知要画哪一类的 DCGAN：标签拼接到 G 的噪声和 D 的输入图像上；G 每训练一步，D 训练两步。</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>A DCGAN whose discriminator sorts images into the K classes or &apos;fake&apos;: it learns a classifier from a few labels (100 on MNIST) and many unlabelled images.</source>
        <translation>判别器把图像分为 K 个类别或“假”的 DCGAN：它从少量标签（MNIST 上 100 个）和大量无标签图像中学到一个分类器。</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>A DCGAN whose generator also takes codes that a third network (Q) must read back from the image: the codes learn to mean something (digit, slant, width).</source>
        <translation>生成器额外接收编码的 DCGAN，第三个网络 (Q) 必须从图像中读回这些编码：编码由此学到含义（数字、倾斜、宽度）。</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>A deep convolutional GAN at 28, 32, 64 or 128 px, grey or colour: the classic GAN for pictures.</source>
        <translation>28、32、64 或 128 像素、灰度或彩色的深度卷积 GAN：经典的图片 GAN。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>A folder of pictures to train a GAN on, or a run folder</source>
        <translation>用于训练 GAN 的图片文件夹，或一个运行文件夹</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>A folder of pictures to train on</source>
        <translation>用于训练的图片文件夹</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>A folder of your pictures</source>
        <translation>你的图片文件夹</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>A GAN has no encoder, so its images have no place on a map. Its generator is the decoder here: move the sliders, see the grid over the chosen plane (around the current code), or interpolate between two codes.</source>
        <translation>GAN 没有编码器，所以它的图像在地图上没有位置。这里它的生成器充当解码器：移动滑块、查看所选平面上的网格（以当前编码为中心），或在两个编码之间插值。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>A is picked: Ctrl+click a second tile for B.</source>
        <translation>已选中 A：按住 Ctrl 点击第二个图块作为 B。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>A MIDI file, a video or sound file, a text or a picture, opened in its tab (Ctrl+Shift+O). You can also drop files on the window.</source>
        <translation>MIDI 文件、视频或音频文件、文本或图片，会在对应的标签页中打开 (Ctrl+Shift+O)。也可以把文件拖到窗口上。</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>A new language takes effect when the studio starts again.</source>
        <translation>新语言将在重新启动后生效。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>A small music model learns the built-in Bach chorales for a few epochs, then writes three takes in the piano roll. Expect Bach&apos;s chords and rhythm, not his counterpoint.</source>
        <translation>一个小型音乐模型用内置巴赫众赞歌训练几轮，然后在钢琴卷帘中写出三个片段。可以期待巴赫的和弦与节奏，但别指望他的对位。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>A small VAE learns the built-in digits in well under a minute; then drag across its map and watch one digit turn into another.</source>
        <translation>一个小型 VAE 不到一分钟就能学会内置的手写数字；然后在它的地图上拖动，看一个数字如何变成另一个。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>A trained note-rnn or event-rnn run of this workspace</source>
        <translation>此工作区中训练好的 note-rnn 或 event-rnn 运行</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>A variation (walked from tile {n}).</source>
        <translation>一个变体（从图块 {n} 漫游而来）。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>A word cloud of a sample text, drawn as you type: paste your own text or open a file, pick a shape and colours.</source>
        <translation>示例文本的词云，随输入实时绘制：粘贴你自己的文本或打开文件，再选形状和颜色。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>AAC sound (*.m4a);;WAV (*.wav);;MP3 (*.mp3);;Ogg Opus (*.ogg);;FLAC (*.flac)</source>
        <translation>AAC 音频 (*.m4a);;WAV (*.wav);;MP3 (*.mp3);;Ogg Opus (*.ogg);;FLAC (*.flac)</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>AAE, 2-D, Gaussian prior</source>
        <translation>AAE，二维，高斯先验</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>AAE, 2-D, ring of 10 Gaussians</source>
        <translation>AAE，二维，10 个高斯组成的环</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>AAE, 2-D, uniform prior</source>
        <translation>AAE，二维，均匀先验</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>About {app}</source>
        <translation>关于 {app}</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>adam works with the default learning rate 0.001; sgd is the classic RBM update (use a learning rate near 0.05)</source>
        <translation>adam 使用默认学习率 0.001 即可；sgd 是经典的 RBM 更新（学习率请设为 0.05 左右）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/train_settings_dialog.py"/>
        <source>Adam&apos;s learning rate (the preset&apos;s model chooses its own; GANs train at 0.0002). The arrows step through 1-2-5 values.</source>
        <translation>Adam 的学习率（预设的模型自带学习率；GAN 使用 0.0002）。箭头按 1-2-5 的数列调节。</translation>
    </message>
    <message>
        <source>Adam&apos;s learning rate. 0.001 suits most models here; lower it if the loss jumps or becomes NaN. The arrows step through 1-2-5 values.</source>
        <translation type="vanished">Adam 的学习率。0.001 适合这里的大多数模型；如果损失跳动或变成 NaN，请调低。箭头按 1-2-5 的数列调节。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/training_fields.py"/>
        <source>Adam&apos;s learning rate. Choosing a model fills in its own (0.001 for most, 0.0002 for the GANs); lower it if the loss jumps or becomes NaN. The arrows step through 1-2-5 values.</source>
        <translation>Adam 的学习率。选择模型时会填入它自己的值（大多数为 0.001，GAN 为 0.0002）；如果损失跳动或变成 NaN，请调低。箭头按 1-2-5 的数列调节。</translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Add note</source>
        <translation>添加音符</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Add notes</source>
        <translation>添加音符</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Add the take to the roll as a track of its own (undo removes it)</source>
        <translation>把该片段作为独立音轨加入卷帘（撤销可移除）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Add these to the usual stop words</source>
        <translation>将这些词加入常用停用词</translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Add track</source>
        <translation>添加音轨</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Adversarial autoencoder (AAE)</source>
        <translation>对抗自编码器 (AAE)</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Adversarial learning-rate scale</source>
        <translation>对抗学习率倍数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>AIS estimates a single RBM&apos;s log-likelihood; choose an RBM run</source>
        <translation>AIS 估计的是单个 RBM 的对数似然；请选择一个 RBM 运行</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Always re-encode (exact cuts)</source>
        <translation>始终重新编码（精确剪切）</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>An autoencoder whose code is shaped into a chosen prior (Gaussian, a ring of 10 Gaussians, or uniform) by a discriminator.</source>
        <translation>由判别器把编码塑造成所选先验（高斯、10 个高斯组成的环或均匀分布）的自编码器。</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>An energy-based model trained by contrastive divergence; shows its filters and its Gibbs chain.</source>
        <translation>用对比散度训练的基于能量的模型；显示它的滤波器和吉布斯链。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>An export is still being written; try again in a moment.</source>
        <translation>仍在写入一个导出文件；请稍后再试。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>Analysing the sound of {name}.</source>
        <translation>正在分析 {name} 的声音。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>Analysing {name} for its highlights.</source>
        <translation>正在分析 {name} 的高光。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Analysis cancelled.</source>
        <translation>分析已取消。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Animate</source>
        <translation>动画</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Annealing runs:</source>
        <translation>退火次数：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Anomalies</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Any notes</source>
        <translation>任意音符</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Any picture file; it is resized to the model&apos;s size</source>
        <translation>任意图片文件；会缩放到模型的尺寸</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU (MPS)</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>as for the RBM</source>
        <translation>与 RBM 相同</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Attention heads (Transformer)</source>
        <translation>注意力头数 (Transformer)</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Audio output:</source>
        <translation>音频输出：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>auto: an NVIDIA GPU (cuda) if there is one, else Apple&apos;s GPU (mps), else the CPU.</source>
        <translation>auto：有 NVIDIA GPU (cuda) 时用它，否则用 Apple 的 GPU (mps)，再否则用 CPU。</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Autoencoder</source>
        <translation>自编码器</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Automatic (CUDA GPU, else Apple GPU, else CPU)</source>
        <translation>自动（优先 CUDA GPU，其次 Apple GPU，否则 CPU）</translation>
    </message>
    <message>
        <location filename="studio/video/segments.py"/>
        <source>Automatic (median + k × spread)</source>
        <translation>自动（中位数 + k × 离散度）</translation>
    </message>
    <message>
        <location filename="studio/video/segments.py"/>
        <source>Automatic (Otsu: split loud from quiet)</source>
        <translation>自动（Otsu：分开响亮与安静）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Bar</source>
        <translation>小节</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>bars</source>
        <translation>小节</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/training_fields.py"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>BCE/pixel</source>
        <translation>BCE/像素</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/timing.py"/>
        <source>Beats in a bar</source>
        <translation>每小节拍数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Below 1: bolder, more typical pictures; above 1: wilder ones</source>
        <translation>低于 1：更大胆、更典型的图片；高于 1：更狂野的图片</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>Binarise the data</source>
        <translation>二值化数据</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Binarising threshold</source>
        <translation>二值化阈值</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>binary: a pixel brighter than this is white</source>
        <translation>binary：比此值亮的像素为白色</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>binary: black or white (one Bernoulli per pixel, the binarised-MNIST benchmark); grey: 256 levels per channel (a softmax over them)</source>
        <translation>binary：黑或白（每个像素一个伯努利分布，即二值化 MNIST 基准）；grey：每个通道 256 级（对其做 softmax）</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Bits per dimension</source>
        <translation>每维比特数</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>bits/dim</source>
        <translation>比特/维</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>black and white</source>
        <translation>黑白</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Blend sound and picture over this long at each join</source>
        <translation>每个接合处的声音和画面在这段时长内交叉淡化</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>block Gibbs steps of the negative phase</source>
        <translation>负相位的块吉布斯采样步数</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Body</source>
        <translation>主体</translation>
    </message>
    <message>
        <location filename="studio/energy/features.py"/>
        <source>Breast cancer (569 tumours, 30 measurements)</source>
        <translation>乳腺癌（569 个肿瘤，30 项测量）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Bring back from the trash</source>
        <translation>从回收站恢复</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Brought back {n_restored} run(s) from the trash.</source>
        <translation>已从回收站恢复 {n_restored} 个运行。</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>brush </source>
        <translation>画笔 </translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Brush:</source>
        <translation>画笔：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Built-in Bach chorales (music models)</source>
        <translation>内置巴赫众赞歌（音乐模型）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Built-in digits</source>
        <translation>内置手写数字</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Cached (fast)</source>
        <translation>缓存（快速）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Cancel the analysis or export</source>
        <translation>取消分析或导出</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Categorical code</source>
        <translation>类别编码</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>category of its code</source>
        <translation>编码的类别</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>cd or pcd, for every RBM of the stack</source>
        <translation>cd 或 pcd，用于堆叠中的每个 RBM</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>cd: the Gibbs chain starts at the data each step; pcd: one persistent chain runs across updates (better likelihoods)</source>
        <translation>cd：每一步吉布斯链都从数据开始；pcd：一条持续链贯穿各次更新（似然更好）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>centre crop</source>
        <translation>居中裁剪</translation>
    </message>
    <message>
        <location filename="studio/pixels/masks.py"/>
        <source>Centre square</source>
        <translation>中央方块</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Channels</source>
        <translation>通道数</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>channels of the layer nearest the image (doubled at each smaller size, up to 512)</source>
        <translation>最靠近图像那一层的通道数（每缩小一级翻倍，最多 512）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Checking the pictures</source>
        <translation>正在检查图片</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Chinese, Japanese and Korean text switch to a CJK font by themselves</source>
        <translation>中文、日文和韩文文本会自动切换到 CJK 字体</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Choose &amp;workspace folder…</source>
        <translation>选择工作区文件夹(&amp;W)…</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/color_button.py"/>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Choose a colour to add to my colours</source>
        <translation>选择一种颜色加入“我的颜色”</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/mask_canvas.py"/>
        <source>Choose a digit, open a picture or draw one.</source>
        <translation>选择一个数字、打开一张图片或自己画一张。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>Choose a folder: see the pictures as the GAN will (32 px), then watch it learn them. A few hundred similar pictures work best.</source>
        <translation>选择一个文件夹：先看看 GAN 眼中的图片（32 像素），再看它学习。几百张相似的图片效果最好。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Choose a GAN run, or train one.</source>
        <translation>选择一个 GAN 运行，或训练一个。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Choose a mask image for the shape, or pick an icon.</source>
        <translation>请为形状选择一张蒙版图片，或选一个图标。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Choose a PixelCNN run, or train one.</source>
        <translation>选择一个 PixelCNN 运行，或训练一个。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Choose a VAE, AAE or GAN run, or train one.</source>
        <translation>选择一个 VAE、AAE 或 GAN 运行，或训练一个。</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Choose a workspace folder.</source>
        <translation>请选择一个工作区文件夹。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>chunk energy</source>
        <translation>分块能量</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Class loss (AC-GAN)</source>
        <translation>类别损失（AC-GAN）</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Class loss on fakes (G&apos;s, weighted)</source>
        <translation>生成图片上的类别损失（G 的，已加权）</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Class loss on real pictures (D&apos;s classifier, weighted)</source>
        <translation>真实图片上的类别损失（D 的分类器，已加权）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>class {name}</source>
        <translation>类别 {name}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Class:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location filename="studio/video/loudness.py"/>
        <source>Classic: 10 s chunk energy</source>
        <translation>经典：10 秒分块能量</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Classifier accuracy (validation)</source>
        <translation>分类器准确率（验证集）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Clear mask</source>
        <translation>清除蒙版</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/install.py"/>
        <source>Clear recent</source>
        <translation>清除最近记录</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/video_preview.py"/>
        <source>Click a highlight in the table to preview it here.</source>
        <translation>在表格中点击一个高光片段即可在此预览。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll_parts.py"/>
        <source>Click a key to hear it</source>
        <translation>点击琴键试听</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/segment_table.py"/>
        <source>Click a row to preview it. Space or the box switches it on or off.</source>
        <translation>点击一行进行预览。空格键或复选框可开启或关闭它。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Click a tile</source>
        <translation>点击一个图块</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Click a tile first: that is the one saved.</source>
        <translation>请先点击一个图块：保存的就是它。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Click a tile of the grid to see it here with variations around it.</source>
        <translation>点击网格中的一个图块，在此查看它及其周围的变体。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Click a tile to see variations around it; Ctrl+click two tiles to see the interpolation between them.</source>
        <translation>点击一个图块查看它周围的变体；按住 Ctrl 点击两个图块查看它们之间的插值。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Click a track to draw into it. M mutes, S solos.</source>
        <translation>点击一条音轨以在其中绘制。M 静音，S 独奏。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Click a variation to walk to it: new variations appear around it.</source>
        <translation>点击一个变体漫游到它：新的变体会出现在它周围。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/word_list.py"/>
        <source>Click a word to leave it out of the cloud; click again to bring it back.</source>
        <translation>点击一个词将其从词云中排除；再次点击可恢复。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Click or drag over notes to erase them  [E]</source>
        <translation>点击或拖过音符将其擦除  [E]</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Click to add notes, drag to set their length  [D]</source>
        <translation>点击添加音符，拖动设置时值  [D]</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/word_list.py"/>
        <source>Click to bring back &apos;{word}&apos;</source>
        <translation>点击恢复“{word}”</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/word_list.py"/>
        <source>Click to leave out &apos;{word}&apos;</source>
        <translation>点击排除“{word}”</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll_parts.py"/>
        <source>Click to place the cursor (playback starts there); drag to mark a loop</source>
        <translation>点击放置光标（从此处开始播放）；拖动标记循环区域</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/install.py"/>
        <source>Close the welcome page (Help ▸ Welcome brings it back)</source>
        <translation>关闭欢迎页（帮助 ▸ 欢迎 可再次打开）</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Code size</source>
        <translation>编码大小</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>codes in [-1, 1] (they tend to pick up slant, width)</source>
        <translation>取值在 [-1, 1] 的编码（往往学到倾斜、宽度）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/color_button.py"/>
        <source>Colour {name} (click to change)</source>
        <translation>颜色 {name}（点击更改）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Columns:</source>
        <translation>列数：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Complete</source>
        <translation>补全</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Complete or stop</source>
        <translation>补全或停止</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Complete with a PixelCNN…</source>
        <translation>用 PixelCNN 补全…</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Completing…</source>
        <translation>正在补全…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Completion</source>
        <translation>补全</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Completions:</source>
        <translation>补全结果：</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Compresses images into a small code and rebuilds them.</source>
        <translation>把图像压缩成一个小编码，再重建出来。</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Conditional DCGAN</source>
        <translation>条件 DCGAN</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Conditional DCGAN, fast (lr 1e-3, D once per G step)</source>
        <translation>条件 DCGAN，快速（lr 1e-3，每步 G 训练一次 D）</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Conditional DCGAN, label concatenated (the original)</source>
        <translation>条件 DCGAN，标签拼接（原始版本）</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Conditioning of D</source>
        <translation>D 的条件方式</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation>混淆矩阵（行：真实类别，列：预测类别）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Continue the selected stopped, interrupted or finished run from its latest checkpoint.</source>
        <translation>从最新检查点继续所选的已停止、已中断或已完成的运行。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Continue the selection</source>
        <translation>续写所选内容</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Continuous codes</source>
        <translation>连续编码</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Contraction weight</source>
        <translation>收缩权重</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>contractive: weight of the Jacobian penalty</source>
        <translation>contractive：雅可比惩罚项的权重</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Converting the Bach chorales to MIDI (once for this workspace)…</source>
        <translation>正在把巴赫众赞歌转换为 MIDI（每个工作区仅一次）…</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/data_preparation.py"/>
        <source>Converting the chorales %p%</source>
        <translation>正在转换众赞歌 %p%</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Copied a {width}×{height} image.</source>
        <translation>已复制一张 {width}×{height} 的图像。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Copied the decoded image to the clipboard.</source>
        <translation>已将解码图像复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Copied the {what} ({width}×{height}).</source>
        <translation>已复制{what}（{width}×{height}）。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>copied without re-encoding</source>
        <translation>直接复制，未重新编码</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Copy image</source>
        <translation>复制图像</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Copy image  (Ctrl+Shift+C)</source>
        <translation>复制图像  (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Copy the clicked tile, or the whole grid when no tile is clicked, at the chosen scale (Ctrl+C; Esc forgets the clicked tile)</source>
        <translation>以所选倍数复制点击的图块，未点击图块时复制整个网格（Ctrl+C；Esc 取消点击的图块）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Copy the decoded image to the clipboard at the export scale</source>
        <translation>以导出倍数把解码图像复制到剪贴板</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Copy the list to the clipboard, for a bug report</source>
        <translation>把列表复制到剪贴板，用于报告问题</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Copy versions</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Copy when cuts allow, else re-encode</source>
        <translation>剪切点允许时直接复制，否则重新编码</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Copying…</source>
        <translation>正在复制…</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/word_list.py"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Count two-word phrases</source>
        <translation>统计双词短语</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Crossfade</source>
        <translation>交叉淡化</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Crosshair</source>
        <translation>十字准线</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>CSV (*.csv);;JSON (*.json);;Edit decision list (*.edl);;Final Cut Pro XML (*.fcpxml)</source>
        <translation>CSV (*.csv);;JSON (*.json);;剪辑决策列表 (*.edl);;Final Cut Pro XML (*.fcpxml)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Ctrl+click two tiles of the grid (A, then B) to see the path between them.</source>
        <translation>按住 Ctrl 点击网格中的两个图块（先 A 后 B），查看它们之间的路径。</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Cutting</source>
        <translation>剪切方式</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>D learning-rate scale</source>
        <translation>D 学习率倍数</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>D learns at this multiple of the learning rate (TTUR: e.g. 4 with a small learning rate for G)</source>
        <translation>D 以学习率的此倍数学习（TTUR：例如 4，同时给 G 较小的学习率）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>D steps per G step</source>
        <translation>每步 G 对应的 D 步数</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>D&apos;s classifier on held-out pictures (validation)</source>
        <translation>D 的分类器在留出图片上的表现（验证）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>D(G(z)): fake judged real</source>
        <translation>D(G(z))：假样本被判为真</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>D(x): real judged real</source>
        <translation>D(x)：真样本被判为真</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Data:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Data: handwritten digits and breast-cancer measurements</source>
        <translation>数据：手写数字与乳腺癌测量数据</translation>
    </message>
    <message>
        <source>Data: scikit-learn&apos;s handwritten digits</source>
        <translation type="vanished">数据：scikit-learn 的手写数字</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Dataset image:</source>
        <translation>数据集图像：</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>DBN 500-500-2000</source>
        <translation>DBN 500-500-2000</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>DCGAN</source>
        <translation>DCGAN</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>DCGAN (convolutional GAN)</source>
        <translation>DCGAN（卷积 GAN）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>DCGAN, hinge loss + TTUR</source>
        <translation>DCGAN，hinge 损失 + TTUR</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>DCGAN, small folder (DiffAugment, R1)</source>
        <translation>DCGAN，小文件夹（DiffAugment，R1）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>decay of the moving average of G&apos;s weights that sampling uses (0: off, sample from G itself)</source>
        <translation>采样所用的 G 权重滑动平均的衰减率（0：关闭，直接从 G 采样）</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Deep belief network (DBN)</source>
        <translation>深度信念网络 (DBN)</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Deep reconstruction (cross-entropy)</source>
        <translation>深度重建（交叉熵）</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Deep reconstruction error</source>
        <translation>深度重建误差</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Deep reconstructions</source>
        <translation>深度重建</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>denoising: std of the Gaussian noise added to inputs</source>
        <translation>denoising：加到输入上的高斯噪声的标准差</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Deselect</source>
        <translation>取消选择</translation>
    </message>
    <message>
        <location filename="studio/ui/errors.py"/>
        <source>Details were written to {log_file}.</source>
        <translation>详细信息已写入 {log_file}。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Device: {device}</source>
        <translation>设备：{device}</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>DiffAugment</source>
        <translation>DiffAugment</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>differentiable augmentation of every image D sees, real and fake alike; auto: on for folders under 2,000 pictures</source>
        <translation>对 D 看到的每张图像（真假皆然）做可微增强；auto：图片少于 2,000 张的文件夹自动开启</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>digit #</source>
        <translation>数字 #</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>digits</source>
        <translation>手写数字</translation>
    </message>
    <message>
        <location filename="studio/energy/features.py"/>
        <source>Digits (1,797 images of 8×8 pixels)</source>
        <translation>手写数字（1,797 张 8×8 像素的图像）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>digits, or a path</source>
        <translation>digits，或一个路径</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>dimensions of the code (2 gives a map you can explore directly)</source>
        <translation>编码的维数（2 维可得到一张可直接探索的地图）</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>dimensions of the latent space (2 gives a map you can explore directly)</source>
        <translation>潜在空间的维数（2 维可得到一张可直接探索的地图）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>dimensions of the noise z the generator starts from</source>
        <translation>生成器起始噪声 z 的维数</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Discriminator</source>
        <translation>判别器</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Discriminator loss</source>
        <translation>判别器损失</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Discriminator units</source>
        <translation>判别器单元数</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>discriminator updates (fresh noise each) for each generator update</source>
        <translation>每次生成器更新对应的判别器更新次数（每次用新噪声）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/diversity_meter.py"/>
        <source>Diversity (mode-collapse check)</source>
        <translation>多样性（模式崩溃检查）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Diversity of samples / of real images</source>
        <translation>样本多样性 / 真实图像多样性</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Double-click to hear a take; drag it out of the window to drop it as a .mid file</source>
        <translation>双击试听一个片段；把它拖出窗口即可作为 .mid 文件放下</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>DPI (PNG)</source>
        <translation>DPI (PNG)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Drag a box to select notes  [S]</source>
        <translation>拖出一个框选择音符  [S]</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Drag the crosshair to decode any point. Click a point to jump to that image. Wheel zooms, drag on empty space pans.</source>
        <translation>拖动十字准线解码任意一点。点击一个点跳到那张图像。滚轮缩放，在空白处拖动平移。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>Drag the line: everything louder than it counts as a highlight.</source>
        <translation>拖动这条线：比它响的部分都算作高光。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Draw new pictures pixel by pixel (Ctrl+Return); press again to stop (Esc)</source>
        <translation>逐像素绘制新图片 (Ctrl+Return)；再按一次停止 (Esc)</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll_canvas.py"/>
        <source>Draw note</source>
        <translation>绘制音符</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Draw notes here (D), import a MIDI file, or drop one on the roll.</source>
        <translation>在此绘制音符 (D)、导入 MIDI 文件，或把文件拖到卷帘上。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Draw notes, open a MIDI file (or drop one on the roll), or generate a take.</source>
        <translation>绘制音符、打开 MIDI 文件（或拖到卷帘上），或生成一个片段。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Draw on the left.</source>
        <translation>请在左侧绘画。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Draw or stop</source>
        <translation>绘制或停止</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Draw samples</source>
        <translation>绘制样本</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Draw something first.</source>
        <translation>请先画点什么。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Draw something first: the sketch pad is empty.</source>
        <translation>请先画点什么：画板是空的。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Draw the curves against optimiser steps, epochs or training time.</source>
        <translation>以优化步数、轮数或训练时间为横轴绘制曲线。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Draw the hidden part several ways (Ctrl+Return); press again to stop</source>
        <translation>用几种方式绘出被遮住的部分 (Ctrl+Return)；再按一次停止</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Draw tool</source>
        <translation>绘制工具</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Draw your own picture on the sketch pad, then use it</source>
        <translation>在画板上画你自己的图，然后使用它</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Draws pictures pixel by pixel with an exact likelihood, and completes partly hidden ones.</source>
        <translation>以精确似然逐像素绘制图片，并补全部分被遮住的图片。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Draw…</source>
        <translation>绘制…</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Drum kit</source>
        <translation>鼓组</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Drums</source>
        <translation>鼓</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>ELBO (validation)</source>
        <translation>ELBO（验证集）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>EMA of G</source>
        <translation>G 的 EMA</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Embed the font in SVG files</source>
        <translation>在 SVG 文件中嵌入字体</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Embedding size</source>
        <translation>嵌入维度</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>encoded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/segment_table.py"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Epoch {epoch_in_progress} of {epochs} · %p%</source>
        <translation>第 {epoch_in_progress} / {epochs} 轮 · %p%</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/filter_tiles.py"/>
        <source>Epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <location filename="studio/ui/widgets/timeline_slider.py"/>
        <source>epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
    </message>
    <message>
        <location filename="studio/ui/live_status.py"/>
        <source>Epoch {epoch} done</source>
        <translation>第 {epoch} 轮完成</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/filter_tiles.py"/>
        <location filename="studio/ui/widgets/piano_roll_preview.py"/>
        <location filename="studio/ui/widgets/preview_view.py"/>
        <source>Epoch {epoch} · step {step:,}</source>
        <translation>第 {epoch} 轮 · 第 {step:,} 步</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <location filename="studio/ui/widgets/training_fields.py"/>
        <source>Epochs</source>
        <translation>训练轮数</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>epochs</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Erase notes</source>
        <translation>擦除音符</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Erase tool</source>
        <translation>擦除工具</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Estimate log-likelihood</source>
        <translation>估计对数似然</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Estimate the RBM&apos;s partition function by annealed importance sampling, and from it the mean log-likelihood of the validation images</source>
        <translation>用退火重要性采样（AIS）估计 RBM 的配分函数，并由此得到验证图像的平均对数似然</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Estimating…</source>
        <translation>正在估计…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>ETA {eta} · {samples_per_s:,.0f} samples/s</source>
        <translation>剩余 {eta} · {samples_per_s:,.0f} 样本/秒</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Event RNN (Performance RNN)</source>
        <translation>事件 RNN (Performance RNN)</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>events per training sequence (and the Transformer&apos;s context)</source>
        <translation>每个训练序列的事件数（也是 Transformer 的上下文长度）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/train_bar.py"/>
        <source>Every setting of the chosen preset (the model&apos;s form, the batch size and the learning rate) before it trains</source>
        <translation>训练前查看所选预设的全部设置（模型表单、批大小和学习率）</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Everywhere</source>
        <translation>全局</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Exponential moving average of the training curves (0 = raw values). The raw curve stays visible, faint, underneath.</source>
        <translation>训练曲线的指数滑动平均（0 = 原始值）。原始曲线仍以浅色显示在下方。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export generator to ONNX</source>
        <translation>将生成器导出为 ONNX</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export generator to ONNX…</source>
        <translation>将生成器导出为 ONNX…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Export list…</source>
        <translation>导出列表…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Export MIDI</source>
        <translation>导出 MIDI</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Export MIDI…</source>
        <translation>导出 MIDI…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export of the {what} cancelled; nothing was written.</source>
        <translation>{what}的导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Export PNG…  (Ctrl+E)</source>
        <translation>导出 PNG…  (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Export reel…</source>
        <translation>导出集锦…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Export scale:</source>
        <translation>导出倍数：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Export SVG…  (Ctrl+Shift+E)</source>
        <translation>导出 SVG…  (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export the generator to ONNX</source>
        <translation>将生成器导出为 ONNX</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Export the highlight reel</source>
        <translation>导出高光集锦</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Export the list of highlights</source>
        <translation>导出高光列表</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Export the take as a .mid file</source>
        <translation>将片段导出为 .mid 文件</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Export the take as a .wav file</source>
        <translation>将片段导出为 .wav 文件</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export the timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export timeline…</source>
        <translation>导出时间线…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Export WAV</source>
        <translation>导出 WAV</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Export WAV…</source>
        <translation>导出 WAV…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Export {kind}</source>
        <translation>导出 {kind}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Exported the {what} to {path}.</source>
        <translation>已将{what}导出到 {path}。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Exporting the generator</source>
        <translation>正在导出生成器</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Exporting the {what}…</source>
        <translation>正在导出{what}…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Exports redraw the preview&apos;s layout at the size above, so the file shows what the preview shows (unless full detail is ticked). For the command line: &lt;code&gt;studio wordcloud --help&lt;/code&gt;.</source>
        <translation>导出时会按上面的尺寸重绘预览的布局，因此文件与预览所见一致（除非勾选了全细节）。命令行用法：&lt;code&gt;studio wordcloud --help&lt;/code&gt;。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>feature maps of each stack in every layer</source>
        <translation>每层中每个堆栈的特征图数</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Feature matching</source>
        <translation>特征匹配</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>Files the studio opens ({patterns});;All files (*)</source>
        <translation>本程序可打开的文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>Files you open appear here.</source>
        <translation>你打开的文件会显示在这里。</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Filter (an action or a key)</source>
        <translation>筛选（操作或按键）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Filter runs (model, dataset, status…)</source>
        <translation>筛选运行（模型、数据集、状态…）</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Filters (weights)</source>
        <translation>滤波器（权重）</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>Find the highlights of a video</source>
        <translation>找出视频的高光</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>First kernel</source>
        <translation>首层卷积核</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>First note:</source>
        <translation>起始音符：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>first principal direction</source>
        <translation>第一主方向</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>First snapshot</source>
        <translation>第一个快照</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Fit every panel to its curves again after zooming or panning (mouse wheel zooms, dragging pans).</source>
        <translation>缩放或平移后，让每个面板重新适应其曲线（滚轮缩放，拖动平移）。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Fit the drawing into the 20×20 box and centre it, as MNIST frames its digits</source>
        <translation>把画作缩放进 20×20 的框并居中，与 MNIST 的数字取景方式一致</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Fit view</source>
        <translation>适应视图</translation>
    </message>
    <message>
        <location filename="studio/video/segments.py"/>
        <source>Fixed level</source>
        <translation>固定电平</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Folder of MIDI files (music models)…</source>
        <translation>MIDI 文件夹（音乐模型）…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Follow the map&apos;s zoom and pan</source>
        <translation>跟随地图的缩放和平移</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Font file</source>
        <translation>字体文件</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Font: {name}</source>
        <translation>字体：{name}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Fonts (*.ttf *.otf *.ttc);;All files (*)</source>
        <translation>字体 (*.ttf *.otf *.ttc);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Forget the clicked and picked tiles</source>
        <translation>忘掉点击和选中的图块</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Frame like the dataset</source>
        <translation>按数据集方式取景</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Frames per second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>Free bits (nats/dim)</source>
        <translation>自由比特（nats/维）</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Free-energy difference (data − model)</source>
        <translation>自由能差（数据 − 模型）</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Free-energy gap (validation − training)</source>
        <translation>自由能差距（验证 − 训练）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>From tile {a} (A) to tile {b} (B).</source>
        <translation>从图块 {a} (A) 到图块 {b} (B)。</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>G matches the mean of D&apos;s features on real images (Salimans et al. 2016) instead of fooling D</source>
        <translation>G 匹配 D 在真实图像上的特征均值（Salimans 等，2016），而不是去骗过 D</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>GAN (fully connected)</source>
        <translation>GAN（全连接）</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <location filename="studio/ui/welcome/page.py"/>
        <source>GAN grids</source>
        <translation>GAN 网格</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>GAN, 64-d noise</source>
        <translation>GAN，64 维噪声</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>GAN, hinge loss</source>
        <translation>GAN，hinge 损失</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Gated layers</source>
        <translation>门控层数</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Gated PixelCNN</source>
        <translation>门控 PixelCNN</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>Generate a Bach-like chorale</source>
        <translation>生成一首巴赫风格的众赞歌</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Generative Studio word clouds. Type or paste any text here, or open a file, and the cloud on the right follows as you type. Pick an icon for the shape, a palette for the colours, a font, and a background. Words that appear often are drawn large; common words such as the and of are left out. Click a word in the list below to leave it out of the cloud. Export the cloud as PNG at any size, or as SVG with its font inside. Chinese text works too: it is cut into words and drawn in a Chinese font.</source>
        <translation>Generative Studio 词云。在这里输入或粘贴任意文本，或打开一个文件，右侧的词云会随着你的输入而变化。为形状选一个图标，为颜色选一套调色板，再选字体和背景。出现频繁的词会画得更大；the、of 这样的常用词会被排除。点击下方列表中的词可将其从词云中排除。词云可导出为任意尺寸的 PNG，或内嵌字体的 SVG。中文文本同样可用：它会被切分成词，并用中文字体绘制。</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Generator loss</source>
        <translation>生成器损失</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>Gibbs steps per update (k)</source>
        <translation>每次更新的吉布斯步数 (k)</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Gibbs steps when sampling</source>
        <translation>采样时的吉布斯步数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Gibbs steps:</source>
        <translation>吉布斯步数：</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>give the decoder the label too, so that the code holds only the style (slant, thickness) and the label says the class</source>
        <translation>把标签也交给解码器，使编码只保存风格（倾斜、粗细），类别由标签决定</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Gradient</source>
        <translation>渐变</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Grid:</source>
        <translation>网格：</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>GRU layers</source>
        <translation>GRU 层数</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>GRU units</source>
        <translation>GRU 单元数</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>GRU units, or the Transformer&apos;s width</source>
        <translation>GRU 单元数，或 Transformer 的宽度</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>gru: recurrent, carries its state; transformer: attends to the last window of events</source>
        <translation>gru：循环网络，携带状态；transformer：关注最近一个窗口的事件</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/rbm.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Hidden units</source>
        <translation>隐藏单元数</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>hidden units of the 1×1 output head</source>
        <translation>1×1 输出头的隐藏单元数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Hide part of the picture (choose a region or paint it), then press Complete.</source>
        <translation>遮住图片的一部分（选择一个区域或涂抹），然后按“补全”。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Hide part of the picture first: choose a region or paint it.</source>
        <translation>请先遮住图片的一部分：选择一个区域或涂抹。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Hide:</source>
        <translation>遮住：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Highlight the notes of a scale in the roll</source>
        <translation>在卷帘中突出显示某个音阶的音符</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>Highlight {n}: {start:.2f}–{end:.2f} s. Drag an edge to adjust it.</source>
        <translation>高光 {n}：{start:.2f}–{end:.2f} 秒。拖动边缘可调整。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Hop</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Horizontal</source>
        <translation>水平</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/timing.py"/>
        <source>How a tempo change treats the notes</source>
        <translation>改变速度时如何处理音符</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>how D is told the class: projection: a class embedding&apos;s inner product with D&apos;s features joins its verdict (Miyato &amp; Koyama 2018); concat: the label as extra input channels (the original cGAN)</source>
        <translation>D 如何得知类别：projection（投影）：类别嵌入与 D 的特征做内积，计入它的判断（Miyato 与 Koyama，2018）；concat（拼接）：把标签作为额外的输入通道（原始 cGAN）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>How far the variations stray from the tile&apos;s noise (standard deviation of the steps added to it)</source>
        <translation>变体偏离图块噪声的程度（所加步长的标准差）</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>how finely dynamics are kept</source>
        <translation>力度保留的精细程度</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>how many binary feature detectors (filters) the RBM learns</source>
        <translation>RBM 学习多少个二值特征检测器（滤波器）</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>how many frames the model reads to predict the next</source>
        <translation>模型预测下一帧时读取多少帧</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>How many images a side the manifold grid has.</source>
        <translation>流形网格每边有多少张图像。</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>how many labels D may learn from (the first ones the run sees, balanced over the classes); every other image is used without its label</source>
        <translation>D 可以学习多少个标签（运行最先看到的那些，各类均衡）；其余图像不带标签使用</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/training_fields.py"/>
        <source>How many passes over the training data.</source>
        <translation>遍历训练数据的次数。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>How many times larger than the model&apos;s pixels the PNG (or copy) is</source>
        <translation>PNG（或复制）相对模型像素放大的倍数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>How pictures that are not square fit: crop their centre or pad them</source>
        <translation>非正方形图片如何适配：裁剪中心或填充</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Icon</source>
        <translation>图标</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Icon: &lt;code&gt;{name}&lt;/code&gt;</source>
        <translation>图标：&lt;code&gt;{name}&lt;/code&gt;</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Icons: Font Awesome Free</source>
        <translation>图标：Font Awesome Free</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>image #</source>
        <translation>图像 #</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>image #{index} ({label})</source>
        <translation>图像 #{index}（{label}）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Image #{index}, label {label_name}, error {error:.4f}</source>
        <translation>图像 #{index}，标签 {label_name}，误差 {error:.4f}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>images</source>
        <translation>图像数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Images in a .npz archive</source>
        <translation>.npz 归档中的图像</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>InfoGAN</source>
        <translation>InfoGAN</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>InfoGAN&apos;s continuous codes (the same for every tile; trained between -1 and 1):</source>
        <translation>InfoGAN 的连续编码（每个图块相同；训练范围为 -1 到 1）：</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>InfoGAN, 10 categories + 2 continuous codes</source>
        <translation>InfoGAN，10 个类别 + 2 个连续编码</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/pixelcnn.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/image_strip.py"/>
        <source>Inputs, reconstructions and samples appear here after each epoch.</source>
        <translation>输入、重建和样本会在每轮训练后显示在这里。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Instrument</source>
        <translation>乐器</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Interpolation</source>
        <translation>插值</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Invert: put the words around the shape</source>
        <translation>反转：把词放在形状周围</translation>
    </message>
    <message>
        <source>Items per optimiser step.</source>
        <translation type="vanished">每个优化步的样本数。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/training_fields.py"/>
        <source>Items per optimiser step. Larger batches are faster per item on a GPU but need more memory.</source>
        <translation>每个优化步的样本数。在 GPU 上批越大每个样本越快，但需要更多显存。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Join gaps up to</source>
        <translation>合并间隔不超过</translation>
    </message>
    <message>
        <location filename="studio/video/loudness.py"/>
        <source>K-weighted loudness (LUFS)</source>
        <translation>K 加权响度 (LUFS)</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>K: D tells K real classes and &apos;fake&apos; apart (K + 1 classes)</source>
        <translation>K：D 区分 K 个真实类别和“假”（共 K + 1 类）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Keep drums</source>
        <translation>保留鼓</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/timing.py"/>
        <source>Keep notes on their beats (the music plays faster or slower)</source>
        <translation>让音符保持在原来的拍上（音乐随之变快或变慢）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Keep only the N best highlights (0: all)</source>
        <translation>只保留最好的 N 个高光（0：全部）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Keep or drop the selected highlight</source>
        <translation>保留或舍弃所选高光</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Keep take</source>
        <translation>保留片段</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Keep the best highlights until the reel is this long</source>
        <translation>持续保留最好的高光，直到集锦达到这个时长</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Kept after each highlight: the reaction</source>
        <translation>每个高光之后保留的部分：反应</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Kept before each highlight: the build-up</source>
        <translation>每个高光之前保留的部分：铺垫</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Kept take {n} as a track of its own; its notes are selected in the roll.</source>
        <translation>已将片段 {n} 保留为独立音轨；它的音符已在卷帘中选中。</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Key:</source>
        <comment>musical key</comment>
        <translation>调性：</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>KL below this, per latent dimension, is not penalised, which keeps every dimension in use; 0 turns it off</source>
        <translation>每个潜在维度上低于此值的 KL 不受惩罚，使每个维度都被用上；0 表示关闭</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>KL divergence</source>
        <translation>KL 散度</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>KL warm-up (epochs)</source>
        <translation>KL 预热（轮）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Label smoothing</source>
        <translation>标签平滑</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Labelled images</source>
        <translation>有标签图像数</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>labels G and D are told about (taken from the data&apos;s labels)</source>
        <translation>告知 G 和 D 的标签（取自数据的标签）</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Largest font</source>
        <translation>最大字号</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Last checkpoint: {checkpoint}</source>
        <translation>最新检查点：{checkpoint}</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Last validation {headline}</source>
        <translation>最新验证 {headline}</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/latent_sliders.py"/>
        <source>Latent coordinate {prefix}{i}, from {low:g} to {limit:g}</source>
        <translation>潜在坐标 {prefix}{i}，范围 {low:g} 到 {limit:g}</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Latent explorer</source>
        <translation>潜在空间探索</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>latent explorer</source>
        <translation>潜在空间探索</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Latent size</source>
        <translation>潜在维度</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>latest checkpoint</source>
        <translation>最新检查点</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Layer in training (then fine-tuning)</source>
        <translation>正在训练的层（之后为微调）</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>learn from drum tracks too</source>
        <translation>也从鼓轨学习</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/training_fields.py"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>Learns a smooth latent space you can sample and explore.</source>
        <translation>学习一个平滑的潜在空间，可从中采样和探索。</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Learns note-on, note-off, time-shift and velocity events: keeps timing and dynamics. GRU or Transformer body.</source>
        <translation>学习 note-on、note-off、时间移动和力度事件：保留节奏和力度。主体为 GRU 或 Transformer。</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Learns which notes sound together, frame by frame: 3 GRU layers with self-attention, as the seed&apos;s piano generator.</source>
        <translation>逐帧学习哪些音符一起发声：3 层带自注意力的 GRU，与种子项目的钢琴生成器相同。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Leave out common words (stop words)</source>
        <translation>排除常用词（停用词）</translation>
    </message>
    <message>
        <location filename="studio/pixels/masks.py"/>
        <source>Left half</source>
        <translation>左半部分</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/segment_table.py"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Length of each loudness window</source>
        <translation>每个响度窗口的长度</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Length:</source>
        <translation>长度：</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/widgets/train_bar.py"/>
        <source>Loading models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/palette_picker.py"/>
        <source>Loading palettes…</source>
        <translation>正在加载调色板…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Loading the data and building the model…</source>
        <translation>正在加载数据并构建模型…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Loading the generator</source>
        <translation>正在加载生成器</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Log scale</source>
        <translation>对数坐标</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Longest time shift (steps)</source>
        <translation>最长时间移动（步）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Loop the region marked on the ruler (drag on the ruler to mark it), or else the selected notes</source>
        <translation>循环播放标尺上标记的区域（在标尺上拖动来标记），否则循环所选音符</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Loss (sum of the three)</source>
        <translation>损失（三项之和）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Loud bursts shorter than this are dropped</source>
        <translation>短于此时长的响亮片段会被丢弃</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Loud parts closer than this become one highlight</source>
        <translation>间隔小于此时长的响亮部分会合并为一个高光</translation>
    </message>
    <message>
        <location filename="studio/video/segments.py"/>
        <source>Loudest share of the file (top %)</source>
        <translation>文件中最响的部分（前 %）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>loudness</source>
        <translation>响度</translation>
    </message>
    <message>
        <location filename="studio/pixels/masks.py"/>
        <source>Lower half</source>
        <translation>下半部分</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Lower halves completed</source>
        <translation>已补全的下半部分</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Lower: safer, more repetitive; higher: more surprising</source>
        <translation>更低：更稳妥、更重复；更高：更出人意料</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>Make a word cloud</source>
        <translation>制作词云</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>Making a word cloud of {name}.</source>
        <translation>正在为 {name} 制作词云。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Manifold</source>
        <translation>流形</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Mask image</source>
        <translation>蒙版图片</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Mask image…</source>
        <translation>蒙版图片…</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/diversity_meter.py"/>
        <source>Mean pairwise distance of features within a batch of samples, over the same figure on real images (dashed line: as varied as the data). Below the dotted line ({warn_ratio:.0%}), the generator repeats itself: mode collapse.</source>
        <translation>一批样本内特征两两距离的均值，除以真实图像上的同一数值（虚线：与数据一样多样）。低于点线（{warn_ratio:.0%}）时，生成器在重复自己：模式崩溃。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/diversity_meter.py"/>
        <source>Measured after each epoch while a GAN trains.</source>
        <translation>在 GAN 训练期间每轮测量一次。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Measuring loudness…</source>
        <translation>正在测量响度…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Median error {median:.4f}; the {n_worst} most anomalous images (right of the red line) — click one to find it on the map:</source>
        <translation>误差中位数 {median:.4f}；最异常的 {n_worst} 张图像（红线右侧）——点击一张即可在地图上找到它：</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>MIDI</source>
        <translation>MIDI</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>MIDI files (*.mid *.midi *.smf *.kar);;All files (*)</source>
        <translation>MIDI 文件 (*.mid *.midi *.smf *.kar);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>MIDI files (*.mid)</source>
        <translation>MIDI 文件 (*.mid)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>MIDI…</source>
        <translation>MIDI…</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Min-max scaling → RBM → logistic regression, against the same classifier on the raw inputs. Press Run.</source>
        <translation>最小-最大缩放 → RBM → 逻辑回归，与直接用原始输入的同一分类器对比。按“运行”。</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/vae.py"/>
        <source>mlp: fully connected; conv: convolutional</source>
        <translation>mlp：全连接；conv：卷积</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>MLP: hidden units; DCGAN: channels of the layer nearest the image (doubled at each smaller size, up to 512)</source>
        <translation>MLP：隐藏单元数；DCGAN：最靠近图像那一层的通道数（每缩小一级翻倍，最多 512）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>MNIST folder or folder of images</source>
        <translation>MNIST 文件夹或图片文件夹</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>MNIST folder or image folder…</source>
        <translation>MNIST 文件夹或图片文件夹…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>MNIST IDX files (*-ubyte *-ubyte.gz *idx*);;All files (*)</source>
        <translation>MNIST IDX 文件 (*-ubyte *-ubyte.gz *idx*);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>MNIST IDX file…</source>
        <translation>MNIST IDX 文件…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>MNIST images (IDX file)</source>
        <translation>MNIST 图像（IDX 文件）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/opening.py"/>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Model input / reconstruction</source>
        <translation>模型输入 / 重建</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>more layers see further to the left and above</source>
        <translation>层数越多，看到的左方和上方范围越远</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>More small words at large sizes; the layout then differs from the preview</source>
        <translation>大字号下容纳更多小词；布局会因此与预览不同</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>More steps let the chain forget the noise it started from</source>
        <translation>步数越多，链越能摆脱起始噪声的影响</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>More temperatures give a tighter estimate and take longer (Salakhutdinov and Murray used 14,500)</source>
        <translation>温度越多，估计越精确，耗时也越长（Salakhutdinov 和 Murray 使用了 14,500 个）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>more words to leave out, comma separated</source>
        <translation>更多要排除的词，用逗号分隔</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Most words</source>
        <translation>最多词数</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Move every piece to C major / A minor</source>
        <translation>把每首曲子移到 C 大调 / A 小调</translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Move notes</source>
        <translation>移动音符</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Moved {what} to the trash. Ctrl+Z brings it back.</source>
        <translation>已将{what}移到回收站。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Moved {what} to the trash. Ctrl+Z brings them back.</source>
        <translation>已将{what}移到回收站。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>MP4 video (*.mp4);;QuickTime (*.mov);;Matroska (*.mkv)</source>
        <translation>MP4 视频 (*.mp4);;QuickTime (*.mov);;Matroska (*.mkv)</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Music: the music21 corpus (Bach chorales)</source>
        <translation>音乐：music21 语料库（巴赫众赞歌）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Mute: not heard in playback and WAV export</source>
        <translation>静音：播放和导出 WAV 时听不到</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Mutual-information loss (Q reads the codes back)</source>
        <translation>互信息损失（Q 读回编码）</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Mutual-information weight</source>
        <translation>互信息权重</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>My colours</source>
        <translation>我的颜色</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Naive (whole net per pixel)</source>
        <translation>朴素（每个像素运行整个网络）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Naive sampling runs the whole network for every pixel: the same pictures, far slower. For comparison.</source>
        <translation>朴素采样为每个像素运行整个网络：图片相同，但慢得多。用于对比。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>nats/code</source>
        <translation>nats/编码</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/pixelcnn.py"/>
        <location filename="studio/models/rbm.py"/>
        <location filename="studio/models/vae.py"/>
        <source>nats/image</source>
        <translation>nats/图像</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>nats/token</source>
        <translation>nats/词元</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Negative log-likelihood</source>
        <translation>负对数似然</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Negative particles</source>
        <translation>负粒子</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>negative particles kept by PCD (and shown while training)</source>
        <translation>PCD 保留的负粒子（训练时也会显示）</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>negative particles of each RBM under PCD</source>
        <translation>PCD 下每个 RBM 的负粒子</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>Negative phase</source>
        <translation>负相位</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>New layout</source>
        <translation>新布局</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>New noise with a new random seed (R)</source>
        <translation>用新的随机种子生成新噪声 (R)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>New samples (Gibbs sampling from noise)</source>
        <translation>新样本（从噪声开始吉布斯采样）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Next-token accuracy</source>
        <translation>下一词元准确率</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>NLL per token</source>
        <translation>每词元 NLL</translation>
    </message>
    <message>
        <location filename="studio/music/playback.py"/>
        <source>No audio output device was found, so playback is off; you can still export the music as a WAV or MIDI file.</source>
        <translation>未找到音频输出设备，因此无法播放；你仍然可以把音乐导出为 WAV 或 MIDI 文件。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>No GAN models found</source>
        <translation>未找到 GAN 模型</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>No GAN runs in the workspace yet: train one with the button above.</source>
        <translation>工作区中还没有 GAN 运行：用上方的按钮训练一个。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>no image</source>
        <translation>无图片</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>No music model yet: train one below</source>
        <translation>还没有音乐模型：在下方训练一个</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>No PixelCNN runs yet: train one with the button above.</source>
        <translation>还没有 PixelCNN 运行：用上方的按钮训练一个。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>No RBM runs yet: train one in the Training monitor (model RBM or DBN).</source>
        <translation>还没有 RBM 运行：请在训练监视器中训练一个（模型选 RBM 或 DBN）。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/install.py"/>
        <source>No recent files or runs</source>
        <translation>没有最近的文件或运行</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/timeline_slider.py"/>
        <source>No snapshots yet</source>
        <translation>还没有快照</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>No VAE, AAE or GAN runs in the workspace yet: train one with the button above.</source>
        <translation>工作区中还没有 VAE、AAE 或 GAN 运行：用上方的按钮训练一个。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>No video yet: open one, or drop it here.</source>
        <translation>还没有视频：打开一个，或把它拖到这里。</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Noise level</source>
        <translation>噪声强度</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Noise size</source>
        <translation>噪声维度</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>nonsaturating: -log D(G(z)) for G; hinge: the hinge loss of SN-GAN and BigGAN</source>
        <translation>nonsaturating：G 使用 -log D(G(z))；hinge：SN-GAN 和 BigGAN 的 hinge 损失</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/opening.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>note-rnn: the notes sounding in each frame; event-rnn: note-on, note-off, time-shift and velocity events (keeps timing and dynamics)</source>
        <translation>note-rnn：每一帧中发声的音符；event-rnn：note-on、note-off、时间移动和力度事件（保留节奏和力度）</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Note-set RNN (piano roll)</source>
        <translation>音符集 RNN（钢琴卷帘）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Notes</source>
        <translation>音符</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Notes the model expects next</source>
        <translation>模型预期的下一批音符</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Nothing to redo</source>
        <translation>没有可重做的操作</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Nothing to undo</source>
        <translation>没有可撤销的操作</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Nudge</source>
        <translation>微移</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Nudge left</source>
        <translation>向左微移</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Nudge right</source>
        <translation>向右微移</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>number of units in the bottleneck</source>
        <translation>瓶颈层的单元数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>NumPy archives (*.npz);;All files (*)</source>
        <translation>NumPy 归档 (*.npz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Objective of the phase (free-energy difference, then cross-entropy)</source>
        <translation>该阶段的目标（自由能差，之后为交叉熵）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Octave down</source>
        <translation>降八度</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Octave up</source>
        <translation>升八度</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>odd width of the first layer&apos;s filters</source>
        <translation>首层滤波器的宽度（奇数）</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>odd width of the later layers&apos; filters</source>
        <translation>后续各层滤波器的宽度（奇数）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>on a folder of pictures…</source>
        <translation>使用图片文件夹…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>on digits (built in)</source>
        <translation>使用手写数字（内置）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>on {name}/</source>
        <translation>使用 {name}/</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>one event moves time by at most this</source>
        <translation>一个事件最多把时间推进这么多</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>One of the built-in digits</source>
        <translation>内置手写数字中的一个</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>one row per {rows} ({num_classes})</source>
        <translation>每行一个{rows}（{num_classes} 个）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>one-sided: real images are labelled 1 - this for D (0.1 is usual; non-saturating loss only)</source>
        <translation>单边：D 把真实图像的标签设为 1 减去此值（通常为 0.1；仅用于非饱和损失）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Only notes of this scale are sampled</source>
        <translation>只采样该音阶中的音符</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>ONNX model (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/train_bar.py"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/install.py"/>
        <source>Open &amp;folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/install.py"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Open a .mid file in the roll (or drop one on the roll)  [Ctrl+O]</source>
        <translation>在卷帘中打开 .mid 文件（或拖到卷帘上）  [Ctrl+O]</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>Open a file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>Open a file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>Open a folder of pictures or a run</source>
        <translation>打开图片文件夹或运行</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>Open a folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Open a GAN run, or train one: its samples appear here, refreshed as it learns.</source>
        <translation>打开一个 GAN 运行，或训练一个：它的样本会显示在这里，并随训练刷新。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/install.py"/>
        <source>Open a MIDI file, a video or sound file, a text or a picture in its tab</source>
        <translation>在对应的标签页中打开 MIDI 文件、视频或音频文件、文本或图片</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Open a picture</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Open a PixelCNN run (or train one), then press Draw.</source>
        <translation>打开一个 PixelCNN 运行（或训练一个），然后按“绘制”。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Open a PixelCNN run to complete pictures.</source>
        <translation>打开一个 PixelCNN 运行来补全图片。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Open a run first.</source>
        <translation>请先打开一个运行。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Open a run to see the decoded grid over the visible part of the map.</source>
        <translation>打开一个运行，查看地图可见区域上的解码网格。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>Open a text, Markdown or CSV file (Ctrl+O)</source>
        <translation>打开文本、Markdown 或 CSV 文件 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Open a video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Open a video (Ctrl+O), or drop one onto this tab</source>
        <translation>打开视频 (Ctrl+O)，或拖到此标签页上</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Open a video or audio file</source>
        <translation>打开视频或音频文件</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Open MIDI file</source>
        <translation>打开 MIDI 文件</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Open MIDI…</source>
        <translation>打开 MIDI…</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>Open one of your videos (or a sound file); its loudest moments become a list of highlights you can edit and export as a reel. The studio ships no video.</source>
        <translation>打开你自己的视频（或音频文件）；其中最响亮的时刻会成为一份高光列表，可编辑并导出为集锦。本程序不附带视频。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Open picture…</source>
        <translation>打开图片…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Open text</source>
        <translation>打开文本</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Open text…</source>
        <translation>打开文本…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Open the selected run (or double-click it, or press Enter)</source>
        <translation>打开所选运行（或双击它，或按 Enter）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Open the selected run&apos;s latent space (or double-click it, or press Enter)</source>
        <translation>打开所选运行的潜在空间（或双击它，或按 Enter）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Open video…</source>
        <translation>打开视频…</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>Opened {name} in the piano roll.</source>
        <translation>已在钢琴卷帘中打开 {name}。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Opened {name}: {notes} notes in {tracks}, {bpm:.0f} bpm{key}.</source>
        <translation>已打开 {name}：{notes} 个音符，{tracks}，{bpm:.0f} bpm{key}。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>Opened {name}; drop one file at a time to open the others.</source>
        <translation>已打开 {name}；其他文件请一次拖入一个。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Opening {id}…</source>
        <translation>正在打开 {id}…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Opening {tab}…</source>
        <translation>正在打开{tab}…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Optimiser</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>optimiser steps</source>
        <translation>优化步</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Original: validation image #{index}, label {label}. The big picture is its reconstruction.</source>
        <translation>原图：验证集图像 #{index}，标签 {label}。大图是它的重建。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Other font file…</source>
        <translation>其他字体文件…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Outline</source>
        <translation>轮廓</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Outline colour</source>
        <translation>轮廓颜色</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Output units</source>
        <translation>输出单元数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>pad</source>
        <translation>填充</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/mask_canvas.py"/>
        <source>Paint the part to complete (left button); the right button uncovers. Ctrl+Z undoes.</source>
        <translation>涂抹要补全的部分（左键）；右键取消遮盖。Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Painted by hand</source>
        <translation>手绘</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Palette</source>
        <translation>调色板</translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Paste at cursor</source>
        <translation>在光标处粘贴</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Pause or resume the training ({shortcut_text})</source>
        <translation>暂停或继续训练（{shortcut_text}）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Pause or resume training</source>
        <translation>暂停或继续训练</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="studio/ui/live_status.py"/>
        <source>Paused. Resume to continue, or Stop to keep a checkpoint.</source>
        <translation>已暂停。按“继续”接着训练，或按“停止”保存检查点。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>PCA plane through the mean</source>
        <translation>过均值的 PCA 平面</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/segment_table.py"/>
        <source>Peak dB</source>
        <translation>峰值 dB</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Per class:</source>
        <translation>每类：</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>Persistent chains</source>
        <translation>持续链数</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Piano roll</source>
        <translation>钢琴卷帘</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>piano roll</source>
        <translation>钢琴卷帘</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Picture:</source>
        <translation>图片：</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Pictures:</source>
        <translation>图片数：</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Pixel values</source>
        <translation>像素值</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Pixel {done:,} of {total:,} (row {row}, column {column}), {n} pictures at once…</source>
        <translation>第 {done:,} / {total:,} 个像素（第 {row} 行，第 {column} 列），同时绘制 {n} 张图片…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Pixel {done:,} of {total:,} hidden ones, {n} completions at once…</source>
        <translation>第 {done:,} / {total:,} 个被遮像素，同时生成 {n} 个补全…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>PixelCNN sampling</source>
        <translation>PixelCNN 采样</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>PixelCNN, 256 grey levels</source>
        <translation>PixelCNN，256 级灰度</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>PixelCNN, black and white</source>
        <translation>PixelCNN，黑白</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <location filename="studio/ui/welcome/page.py"/>
        <source>Pixels &amp; RBM</source>
        <translation>像素与 RBM</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Place the words again at full detail</source>
        <translation>以全细节重新排布词语</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Plane:</source>
        <translation>平面：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Play from the cursor, or loop the marked region  [Space]</source>
        <translation>从光标处播放，或循环播放标记的区域  [Space]</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/video_preview.py"/>
        <source>Play or pause the preview (P plays the selected highlight)</source>
        <translation>播放或暂停预览（P 播放所选高光）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Play the interpolation back and forth in the decoded view</source>
        <translation>在解码视图中来回播放插值</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Play the timeline</source>
        <translation>播放时间线</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/timeline_slider.py"/>
        <source>Play the timeline (Space)</source>
        <translation>播放时间线（空格）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Play with another General MIDI sound font (.sf2); FluidSynth is needed</source>
        <translation>使用其他 General MIDI 音色库 (.sf2) 播放；需要 FluidSynth</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Playback is off.</source>
        <translation>播放已关闭。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Pre-training epochs per layer</source>
        <translation>每层预训练轮数</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Predicted next frames</source>
        <translation>预测的后续帧</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/opening.py"/>
        <source>Preparing the map</source>
        <translation>正在准备地图</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Preview the selected highlight</source>
        <translation>预览所选高光</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Previews</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Prior</source>
        <translation>先验</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Prior sample #{index}: the big picture is its decode.</source>
        <translation>先验样本 #{index}：大图是它的解码。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Prior sample:</source>
        <translation>先验样本：</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Pseudo-log-likelihood</source>
        <translation>伪对数似然</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Pull the noise towards the mean: lower values give cleaner but less varied samples; 1.00 samples the full prior</source>
        <translation>把噪声拉向均值：值越小样本越干净但越单一；1.00 从完整先验采样</translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Quantise</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Quantise the selected notes (all when none is selected) to the grid</source>
        <translation>把所选音符（未选中时为全部）量化到网格</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>R1 penalty</source>
        <translation>R1 惩罚</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Random digit</source>
        <translation>随机数字</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Random notes</source>
        <translation>随机音符</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Random notes: the model first hears a few random notes drawn with the seed, and the take goes on from them</source>
        <translation>随机音符：模型先听到几个用种子抽取的随机音符，片段从它们接着往下写</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Randomise from the prior</source>
        <translation>从先验随机采样</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>ratio</source>
        <translation>比值</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>RBM features classifier</source>
        <translation>RBM 特征分类器</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>RBM or DBN run:</source>
        <translation>RBM 或 DBN 运行：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>RBM samples and likelihood</source>
        <translation>RBM 样本与似然</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>RBM, 256 hidden, CD-1</source>
        <translation>RBM，256 个隐藏单元，CD-1</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>RBM, 500 hidden, PCD</source>
        <translation>RBM，500 个隐藏单元，PCD</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Re-roll</source>
        <translation>重新随机</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>Read the text as CSV: one column of text, or two columns: word and weight</source>
        <translation>把文本按 CSV 读取：一列文本，或两列：词语和权重</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Reading a few</source>
        <translation>正在读取几张</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Reading the curves</source>
        <translation>正在读取曲线</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/folder_preview.py"/>
        <source>Reading the folder…</source>
        <translation>正在读取文件夹…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Reading the timeline</source>
        <translation>正在读取时间线</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>Ready-made settings of the GAN families</source>
        <translation>GAN 各家族的预设</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Ready-made settings of the models that have a latent space</source>
        <translation>具有潜在空间的模型的预设</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>Recent runs</source>
        <translation>最近的运行</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Reconstruction error</source>
        <translation>重建误差</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>reconstruction error (mean squared pixel error)</source>
        <translation>重建误差（像素均方误差）</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/rbm.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Reconstructions</source>
        <translation>重建</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Redo {redo_label}  [Ctrl+Shift+Z]</source>
        <translation>重做{redo_label}  [Ctrl+Shift+Z]</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Reel</source>
        <translation>集锦</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Reel length</source>
        <translation>集锦时长</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/install.py"/>
        <source>Removed from the recent list, as they no longer exist: {names}</source>
        <translation>以下项目已不存在，已从最近列表中移除：{names}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Rename track</source>
        <translation>重命名音轨</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Rendering {name} with {synth}…</source>
        <translation>正在用 {synth} 渲染 {name}…</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/save_dialog.py"/>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Replace the roll?</source>
        <translation>替换卷帘？</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Reset to zero</source>
        <translation>归零</translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Resize notes</source>
        <translation>调整音符时值</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/train_settings_dialog.py"/>
        <source>Restore the preset</source>
        <translation>恢复预设</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Restored the roll of your last session.</source>
        <translation>已恢复上次会话的卷帘。</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Restricted Boltzmann machine (RBM)</source>
        <translation>受限玻尔兹曼机 (RBM)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Resume run</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <location filename="studio/ui/live_status.py"/>
        <source>Resumed at step {step}.</source>
        <translation>已从第 {step} 步继续。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Resuming {id}…</source>
        <translation>正在继续 {id}…</translation>
    </message>
    <message>
        <location filename="studio/pixels/masks.py"/>
        <source>Right half</source>
        <translation>右半部分</translation>
    </message>
    <message>
        <location filename="studio/video/loudness.py"/>
        <source>RMS loudness (dBFS)</source>
        <translation>RMS 响度 (dBFS)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>RMS: plain loudness. K-weighted: closer to how loud people hear it (EBU R128 style; a 0.4 s window gives its &apos;momentary&apos; loudness). Classic: the original 10 s chunk energy, to compare.</source>
        <translation>RMS：普通响度。K 加权：更接近人耳感受的响度（EBU R128 风格；0.4 秒窗口即“瞬时”响度）。经典：原始的 10 秒分块能量，用于对比。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>run {id}</source>
        <translation>运行 {id}</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Running {n} Gibbs chains for {steps:,} steps…</source>
        <translation>正在运行 {n} 条吉布斯链，共 {steps:,} 步…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Runs in the workspace. Select several (Ctrl/Shift+click) to compare their curves; F5 refreshes the list, Delete moves runs to the workspace&apos;s trash and Ctrl+Z brings them back.</source>
        <translation>工作区中的运行。选择多个（Ctrl/Shift+点击）可比较它们的曲线；F5 刷新列表，Delete 把运行移到工作区的回收站，Ctrl+Z 恢复。</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Runs, datasets and logs are kept here; the command line uses it too.</source>
        <translation>运行、数据集和日志保存在这里；命令行也使用它。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>s of training</source>
        <translation>训练秒数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Sample only from the most likely tokens that make up this share (1: off)</source>
        <translation>只从累计概率达到此比例的最可能词元中采样（1：关闭）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Sample takes with the chosen model; notes appear as they are sampled</source>
        <translation>用所选模型采样片段；音符会在采样时逐个出现</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/pixelcnn.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Samples (top-RBM Gibbs)</source>
        <translation>样本（顶层 RBM 吉布斯采样）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Sampling…</source>
        <translation>正在采样…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Save GIF…</source>
        <translation>保存 GIF…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save grid</source>
        <translation>保存网格</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save grid…</source>
        <translation>保存网格…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Save reconstruction PNG…</source>
        <translation>保存重建 PNG…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Save strip PNG…</source>
        <translation>保存条带 PNG…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save the clicked tile as PNG at the chosen scale (Ctrl+Shift+S)</source>
        <translation>以所选倍数把点击的图块保存为 PNG (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Save the completions</source>
        <translation>保存补全结果</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save the grid as PNG at the chosen scale (Ctrl+S)</source>
        <translation>以所选倍数把网格保存为 PNG (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Save the highlight reel</source>
        <translation>保存高光集锦</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Save the list of highlights</source>
        <translation>保存高光列表</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Save the pictures</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save the {what} as PNG</source>
        <translation>将{what}保存为 PNG</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save tile</source>
        <translation>保存图块</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save tile…</source>
        <translation>保存图块…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Saved the list to {name}</source>
        <translation>已将列表保存到 {name}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Saved {name} in {folder}: {length}, {clips} clips, {how} in {seconds:.1f} s.</source>
        <translation>已将 {name} 保存到 {folder}：{length}，{clips} 个片段，{how}，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Saved {path} ({width}×{height}).</source>
        <translation>已保存 {path}（{width}×{height}）。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>Saved {path}.</source>
        <translation>已保存 {path}。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Saved {written}.</source>
        <translation>已保存 {written}。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Scale:</source>
        <translation>倍数：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Scale:</source>
        <comment>musical scale</comment>
        <translation>音阶：</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/timeline_slider.py"/>
        <source>Scrub through the grids saved during training, from the same noise each time (Home: the first, End: the newest)</source>
        <translation>拖动浏览训练期间保存的网格，每次使用相同的噪声（Home：第一个，End：最新）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/icon_picker.py"/>
        <source>Search icons: dog, heart, twitter…</source>
        <translation>搜索图标：dog、heart、twitter…</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/palette_picker.py"/>
        <source>Search palettes: TealRose, Spectral, viridis…</source>
        <translation>搜索调色板：TealRose、Spectral、viridis…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>second principal direction</source>
        <translation>第二主方向</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <location filename="studio/ui/widgets/training_fields.py"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>seed {seed} · truncation {truncation:.2f} · {checkpoint_title}</source>
        <translation>种子 {seed} · 截断 {truncation:.2f} · {checkpoint_title}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>seed {seed}, truncation {truncation:.2f}</source>
        <translation>种子 {seed}，截断 {truncation:.2f}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Select the notes to continue first (drag a box in Select mode).</source>
        <translation>请先选择要续写的音符（在选择模式下拖出一个框）。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Select tool</source>
        <translation>选择工具</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Semi-supervised GAN (K+1 classes)</source>
        <translation>半监督 GAN（K+1 类）</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Semi-supervised GAN, 100 labels</source>
        <translation>半监督 GAN，100 个标签</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Set A and B first: the animation plays the strip between them.</source>
        <translation>请先设置 A 和 B：动画播放它们之间的条带。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Set A and B to see the strip between them.</source>
        <translation>设置 A 和 B 以查看它们之间的条带。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Set from this image</source>
        <translation>设为此图像</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Set the two end points A and B first.</source>
        <translation>请先设置两个端点 A 和 B。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Set {name} to the crosshair&apos;s code</source>
        <translation>将 {name} 设为十字准线处的编码</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/train_settings_dialog.py"/>
        <source>Settings of {preset}</source>
        <translation>{preset} 的设置</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/train_bar.py"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>SGD&apos;s momentum, or Adam&apos;s β₁</source>
        <translation>SGD 的动量，或 Adam 的 β₁</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Shortest</source>
        <translation>最短</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Show all the notes  [Ctrl+0]</source>
        <translation>显示全部音符  [Ctrl+0]</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Show the losses on a logarithmic axis (non-positive values are left out).</source>
        <translation>以对数坐标显示损失（非正值不显示）。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Show the nearest training images</source>
        <translation>显示最近的训练图像</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Show the {tab} tab</source>
        <translation>显示“{tab}”标签页</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>Show this page at start-up</source>
        <translation>启动时显示此页</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Silence</source>
        <translation>静默</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Sketch</source>
        <translation>草图</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Sliders</source>
        <translation>滑块</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>Slow motion</source>
        <translation>慢动作</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Small (quick on a CPU)</source>
        <translation>小型（CPU 上很快）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Snap the selected notes (all when none is selected) to the grid  [Q]</source>
        <translation>把所选音符（未选中时为全部）吸附到网格  [Q]</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Snap:</source>
        <translation>吸附：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Solo: only the solo tracks are heard</source>
        <translation>独奏：只播放独奏的音轨</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>sound</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Sound font</source>
        <translation>音色库</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Sound font: TimGM6mb (inside pretty_midi)</source>
        <translation>音色库：TimGM6mb（随 pretty_midi 提供）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Sound fonts (*.sf2 *.sf3)</source>
        <translation>音色库 (*.sf2 *.sf3)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Sound font…</source>
        <translation>音色库…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Sound: {name}</source>
        <translation>音源：{name}</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>sparse: weight of the L1 penalty on the code</source>
        <translation>sparse：编码上 L1 惩罚项的权重</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Sparsity weight</source>
        <translation>稀疏权重</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Spectral norm</source>
        <translation>谱归一化</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>spectral normalisation of D&apos;s layers (keeps D smooth; the usual remedy for unstable training)</source>
        <translation>对 D 的各层做谱归一化（让 D 保持平滑；训练不稳定时的常用对策）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>spherical</source>
        <translation>球面</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Spherical keeps the noise on the shell where a Gaussian&apos;s samples lie; linear cuts through the less likely middle</source>
        <translation>球面插值让噪声保持在高斯样本所在的球壳上；线性插值会穿过可能性较低的中间区域</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Spread the completion over about {seconds:.0f} s to watch it happen</source>
        <translation>把补全过程放慢到约 {seconds:.0f} 秒，观察它如何发生</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Spread the drawing over about {seconds:.0f} s to watch each pixel arrive</source>
        <translation>把绘制过程放慢到约 {seconds:.0f} 秒，观察每个像素出现</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Spread:</source>
        <translation>扩散：</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>squared error/image</source>
        <translation>平方误差/图像</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Stacked RBMs pre-trained layer by layer, then unrolled into a deep autoencoder and fine-tuned.</source>
        <translation>逐层预训练的堆叠 RBM，随后展开为深度自编码器并微调。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/segment_table.py"/>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Start a training, or select runs in the list, to see their loss curves here.</source>
        <translation>开始一次训练，或在列表中选择运行，即可在此查看它们的损失曲线。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Start from:</source>
        <translation>起始：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Start training a new run ({shortcut_text})</source>
        <translation>开始训练新的运行（{shortcut_text}）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <location filename="studio/ui/widgets/train_bar.py"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Step between windows</source>
        <translation>窗口之间的步长</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>steps in the top RBM before the downward pass</source>
        <translation>向下传递前在顶层 RBM 中的步数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Stop completing</source>
        <translation>停止补全</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Stop drawing</source>
        <translation>停止绘制</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Stop the analysis or the export (Esc)</source>
        <translation>停止分析或导出 (Esc)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Stop the training and save a checkpoint to resume from later ({shortcut_text})</source>
        <translation>停止训练并保存检查点，以便稍后继续（{shortcut_text}）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <location filename="studio/ui/widgets/train_bar.py"/>
        <source>Stop training</source>
        <translation>停止训练</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Stop words</source>
        <translation>停用词</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Stopped after {done:,} pixels.</source>
        <translation>在 {done:,} 个像素后停止。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Stopped at %p%</source>
        <translation>停止于 %p%</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Stopped at pixel {done:,}.</source>
        <translation>停止于第 {done:,} 个像素。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Stopped before the estimate was done.</source>
        <translation>估计完成前已停止。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Stopped converting the chorales; the pieces converted so far are kept.</source>
        <translation>已停止转换众赞歌；已转换的曲目会保留。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Stopped: the notes sampled so far are kept in the takes.</source>
        <translation>已停止：已采样的音符保留在片段中。</translation>
    </message>
    <message>
        <location filename="studio/ui/live_status.py"/>
        <source>Stopped; the run can be resumed from the list.</source>
        <translation>已停止；可以从列表中继续该运行。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Stopped; the samples shown are where the chains were.</source>
        <translation>已停止；显示的样本是各条链停下时的状态。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <location filename="studio/ui/live_status.py"/>
        <source>Stopping: saving a checkpoint…</source>
        <translation>正在停止：保存检查点…</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Supervised</source>
        <translation>监督</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Supervised AAE, 2-D (style)</source>
        <translation>监督 AAE，二维（风格）</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Supervised loss (the labelled images)</source>
        <translation>监督损失（有标签图像）</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>supervised: the number of labels the decoder is told about</source>
        <translation>supervised：告知解码器的标签数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Take this drawing to the Pixels &amp; RBM tab, hide part of it and watch a PixelCNN complete it</source>
        <translation>把这幅画带到“像素与 RBM”标签页，遮住一部分，看 PixelCNN 如何补全它</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Take {n}</source>
        <translation>片段 {n}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Take {n}  ·  {note_count} notes  ·  {seconds:.1f} s</source>
        <translation>片段 {n}  ·  {note_count} 个音符  ·  {seconds:.1f} 秒</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Takes</source>
        <translation>片段</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Temperatures:</source>
        <translation>温度数：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/timing.py"/>
        <source>Tempo in quarter notes per minute; the grid follows (an undo step)</source>
        <translation>速度，以每分钟四分音符数计；网格随之调整（可撤销）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/timing.py"/>
        <source>Tempo:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>test accuracy · macro F1 {macro_f1:.3f} · {n_features} features · C = {c:g}</source>
        <translation>测试准确率 · 宏 F1 {macro_f1:.3f} · {n_features} 个特征 · C = {c:g}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>Test log-likelihood {ll:.2f} ± {se:.2f} nats per image ({n:,} validation images); log Z = {z:.2f} ± {zse:.2f} from {runs} annealing runs over {betas:,} temperatures ({seconds:.0f} s).</source>
        <translation>测试对数似然 {ll:.2f} ± {se:.2f} nats/图像（{n:,} 张验证图像）；log Z = {z:.2f} ± {zse:.2f}，来自 {runs} 次退火、{betas:,} 个温度（{seconds:.0f} 秒）。</translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Test NLL (exact)</source>
        <translation>测试 NLL（精确）</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Text (*.txt *.md *.csv);;All files (*)</source>
        <translation>文本 (*.txt *.md *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>The cloud is being redrawn for your latest change; export again once the preview shows it.</source>
        <translation>词云正在根据你的最新修改重绘；预览显示后再导出。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>The decoded image appears here.</source>
        <translation>解码后的图像显示在这里。</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>the discriminator and generator learn at this multiple of the learning rate (smaller: better reconstructions, codes that follow the prior less closely)</source>
        <translation>判别器和生成器以学习率的此倍数学习（越小：重建越好，编码越不贴合先验）</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>The folder {path} cannot be written to.</source>
        <translation>无法写入文件夹 {path}。</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>The folder {path} could not be created ({error}).</source>
        <translation>无法创建文件夹 {path}（{error}）。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>The folder&apos;s pictures as the GAN will see them, and any broken, mixed or tiny ones</source>
        <translation>GAN 将看到的文件夹图片，以及其中损坏、混杂或过小的图片</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>The generator as an ONNX model, for TouchDesigner, onnxruntime-web and other tools (Ctrl+E)</source>
        <translation>把生成器导出为 ONNX 模型，供 TouchDesigner、onnxruntime-web 等工具使用 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>the GRU units must divide by this</source>
        <translation>GRU 单元数必须能被此数整除</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>the hidden units must divide by this</source>
        <translation>隐藏单元数必须能被此数整除</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>The interpolation strip appears here.</source>
        <translation>插值条带显示在这里。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>The key of the takes. Automatic: the selection&apos;s key when continuing it, else the scale&apos;s, else C major (the model plays in C major or A minor and the take is moved into this key)</source>
        <translation>片段的调性。自动：续写选区时用选区的调，否则用音阶的调，否则 C 大调（模型在 C 大调或 A 小调中演奏，片段再移到这个调）</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>the KL weight rises from 0 to β over this many epochs, so the decoder learns to use the code before the KL term can switch it off (posterior collapse); 0 turns it off</source>
        <translation>KL 权重在这么多轮内从 0 升到 β，让解码器在 KL 项能关闭编码之前学会使用它（后验崩塌）；0 表示关闭</translation>
    </message>
    <message>
        <location filename="studio/ui/model_catalog.py"/>
        <source>The models could not be loaded: {reason}</source>
        <translation>无法加载模型：{reason}</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>the most frequent note sets kept; rarer chords lose their rarest notes</source>
        <translation>保留最常见的音符集；较少见的和弦会丢掉其中最少见的音</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>The noise&apos;s seed: the same seed and truncation give the same grid (also with `studio gan sample RUN --seed S`)</source>
        <translation>噪声的种子：相同的种子和截断得到相同的网格（也可用 `studio gan sample RUN --seed S`）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/timing.py"/>
        <source>The note value of a beat (4: quarter notes, 8: eighth notes)</source>
        <translation>一拍的音符时值（4：四分音符，8：八分音符）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>The original two-player game: a fully connected generator makes images from noise, a discriminator tells them from real ones.</source>
        <translation>最初的双人博弈：全连接生成器从噪声生成图像，判别器把它们与真实图像区分开。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>The piano roll is busy: wait for its training or generation to end.</source>
        <translation>钢琴卷帘正忙：请等待其训练或生成结束。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>The picture with its hidden part veiled, then each completion, side by side.</source>
        <translation>遮住部分的图片，以及每个补全结果，并排显示。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/training_fields.py"/>
        <source>The random seed: the same seed and settings give the same run.</source>
        <translation>随机种子：相同的种子和设置会得到相同的运行。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/filter_tiles.py"/>
        <source>The RBM&apos;s filters and its negative particles appear here after each epoch.</source>
        <translation>RBM 的滤波器和负粒子会在每轮训练后显示在这里。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>The RBM-features classifier report is not installed in this build.</source>
        <translation>此版本未安装 RBM 特征分类器报告。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/install.py"/>
        <source>The recent files and runs are cleared.</source>
        <translation>已清除最近的文件和运行。</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>the remaining epochs fine-tune the unrolled autoencoder</source>
        <translation>剩余的轮次用于微调展开后的自编码器</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>The roll has changes that are not exported. Replace them with the file?</source>
        <translation>卷帘中有未导出的修改。要用该文件替换它们吗？</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>The run &apos;{id}&apos; has already trained {epochs_done} epochs; raise &apos;to epoch&apos; above that to train it for longer.</source>
        <translation>运行“{id}”已训练 {epochs_done} 轮；请把上方的“目标轮数”调高，才能继续训练。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>The run that is training cannot be moved to the trash; stop it first.</source>
        <translation>正在训练的运行不能移到回收站；请先停止它。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>The same seed draws the same pictures (with either method)</source>
        <translation>相同的种子绘出相同的图片（两种方法都是）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>The same seed gives the same cloud, colours included</source>
        <translation>相同的种子得到相同的词云，颜色也相同</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/diversity_meter.py"/>
        <source>The samples are {ratio:.0%} as varied as the real images.</source>
        <translation>样本的多样性是真实图像的 {ratio:.0%}。</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>The settings could not be saved: {error}</source>
        <translation>无法保存设置：{error}</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>the shape the codes are pushed into: gaussian (standard normal), mixture (10 Gaussians on a circle) or uniform (a square)</source>
        <translation>编码被推向的形状：gaussian（标准正态）、mixture（圆上的 10 个高斯）或 uniform（正方形）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>The size the pictures are trained at (larger is slower)</source>
        <translation>训练所用的图片尺寸（越大越慢）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>The snapshots saved during training as an animated GIF or an MP4 video (Ctrl+Shift+E)</source>
        <translation>训练期间保存的快照，导出为 GIF 动画或 MP4 视频 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>The studio does not open {suffix} files: drop a MIDI file, a video or sound file, a text, a picture, or a folder of pictures.</source>
        <translation>本程序无法打开 {suffix} 文件：请拖入 MIDI 文件、视频或音频文件、文本、图片或图片文件夹。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>The synthesiser that plays and renders the music</source>
        <translation>播放和渲染音乐的合成器</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>The threshold&apos;s value</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>The timeline needs at least two snapshots (one is saved each epoch).</source>
        <translation>时间线至少需要两个快照（每轮保存一个）。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>The trash is {trash_dir}; nothing was deleted.</source>
        <translation>回收站位于 {trash_dir}；没有删除任何东西。</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>The {tab} tab could not be opened: {error}</source>
        <translation>无法打开“{tab}”标签页：{error}</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>There are no notes to export yet.</source>
        <translation>还没有可导出的音符。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>There is no cloud to export yet: add some text first.</source>
        <translation>还没有可导出的词云：请先添加一些文本。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>There is no grid to save yet.</source>
        <translation>还没有可保存的网格。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/preview_view.py"/>
        <source>This model&apos;s previews ({kind}) cannot be shown here.</source>
        <translation>这里无法显示该模型的预览（{kind}）。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>This recording has no picture: the reel is saved as sound (.m4a, .wav, .mp3, .ogg or .flac) (Ctrl+E)</source>
        <translation>这段录音没有画面：集锦将保存为音频（.m4a、.wav、.mp3、.ogg 或 .flac）(Ctrl+E)</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>This tab is training already: stop it first (Ctrl+T) or wait for it.</source>
        <translation>此标签页已在训练：请先停止 (Ctrl+T) 或等待它结束。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>threshold {value:,.0f}</source>
        <translation>阈值 {value:,.0f}</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>threshold {value:.1f}</source>
        <translation>阈值 {value:.1f}</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>threshold {value:.1f} </source>
        <translation>阈值 {value:.1f} </translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>threshold: pixels above 0.5 are on; stochastic: a fresh Bernoulli draw each time; none: intensities used as probabilities</source>
        <translation>threshold：高于 0.5 的像素为开；stochastic：每次重新做伯努利采样；none：把强度当作概率</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>tile</source>
        <translation>图块</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Tile and variations</source>
        <translation>图块与变体</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Tile {n}</source>
        <translation>图块 {n}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Tiles a row (an unconditional grid is square; a conditional one has a row per class)</source>
        <translation>每行的图块数（无条件网格为正方形；条件网格每类一行）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>time resolution of the piano roll: 8 resolves sixteenth notes at 120 bpm</source>
        <translation>钢琴卷帘的时间分辨率：8 可在 120 bpm 下分辨十六分音符</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Time steps per second</source>
        <translation>每秒时间步数</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>to epoch </source>
        <translation>目标轮数 </translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Top-k:</source>
        <translation>Top-k：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Top-p:</source>
        <translation>Top-p：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Track</source>
        <translation>音轨</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Tracks</source>
        <translation>音轨</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <location filename="studio/ui/widgets/train_settings_dialog.py"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>Train a GAN on a folder of your own pictures</source>
        <translation>用你自己的图片文件夹训练 GAN</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Train a music model first, or choose one of the workspace&apos;s runs.</source>
        <translation>请先训练一个音乐模型，或选择工作区中的一个运行。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>Train a new GAN:</source>
        <translation>训练新的 GAN：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Train a new model:</source>
        <translation>训练新模型：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Train a new PixelCNN:</source>
        <translation>训练新的 PixelCNN：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Train a PixelCNN on the built-in digits and open it when done (follow it in the Training monitor)</source>
        <translation>用内置手写数字训练一个 PixelCNN，完成后打开它（可在训练监视器中跟踪）</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>Train a VAE on handwritten digits and explore its latent space</source>
        <translation>用手写数字训练 VAE 并探索它的潜在空间</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>train also on every piece moved up and down by up to this many semitones</source>
        <translation>同时用每首曲子上下移调（最多这么多个半音）后的版本训练</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>Train generative models on your own computer and play with what they learn. Pick a start: each one ends in something to explore in about a minute, on the data the studio ships with or on your own.</source>
        <translation>在自己的电脑上训练生成模型，并探索它们学到的东西。选一个起点：每一个都能在大约一分钟内给你可以探索的结果，用程序自带的数据或你自己的数据。</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Train generative models on your own machine and play with what they learn.</source>
        <translation>在自己的电脑上训练生成模型，并探索它们学到的东西。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Train on digits</source>
        <translation>用手写数字训练</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>train on every piece moved into C major or A minor by its detected key (one key to learn instead of twelve: takes stay in key); generation then moves a take into the key you pick</source>
        <translation>按检测到的调把每首曲子移到 C 大调或 A 小调再训练（只学一个调而不是十二个：生成的片段不跑调）；生成时再把片段移到你选的调</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Train on the Bach chorales</source>
        <translation>用巴赫众赞歌训练</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Train or stop</source>
        <translation>训练或停止</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>Train the chosen GAN and watch its grid learn (Ctrl+T)</source>
        <translation>训练所选 GAN，观察它的网格如何学习 (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Train the chosen model on the built-in Bach chorales (no download)</source>
        <translation>用内置巴赫众赞歌训练所选模型（无需下载）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Train the chosen model on the built-in digits and open it when done</source>
        <translation>用内置手写数字训练所选模型，完成后打开它</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Train the RBM and the three classifiers (Ctrl+R)</source>
        <translation>训练 RBM 和三个分类器 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Train the selected run until this epoch (raise it to train a finished run for longer).</source>
        <translation>把所选运行训练到这一轮（调高它可让已完成的运行继续训练）。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>Trained models you open appear here.</source>
        <translation>你打开的训练好的模型会显示在这里。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/widgets/train_settings_dialog.py"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Training a {model} on {dataset}…</source>
        <translation>正在用 {dataset} 训练 {model}…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Training a {title} on {dataset}…</source>
        <translation>正在用 {dataset} 训练 {title}…</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Training device:</source>
        <translation>训练设备：</translation>
    </message>
    <message>
        <location filename="studio/ui/live_status.py"/>
        <source>Training failed.</source>
        <translation>训练失败。</translation>
    </message>
    <message>
        <location filename="studio/ui/live_status.py"/>
        <source>Training finished.</source>
        <translation>训练完成。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Training image #{index}, label {label_name}, distance {distance:.3f}</source>
        <translation>训练图像 #{index}，标签 {label_name}，距离 {distance:.3f}</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Training monitor</source>
        <translation>训练监视器</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>training monitor</source>
        <translation>训练监视器</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Training on {dataset}…</source>
        <translation>正在用 {dataset} 训练…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Training: epoch {epoch},{extra}.</source>
        <translation>训练中：第 {epoch} 轮，{extra}。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Training: {status}</source>
        <translation>训练中：{status}</translation>
    </message>
    <message>
        <location filename="studio/ui/live_status.py"/>
        <source>Training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>Training… the grid of the fixed noise appears after the first epoch.</source>
        <translation>训练中… 固定噪声的网格会在第一轮之后出现。</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Transformer</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Transpose down</source>
        <translation>下移调</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Transpose up</source>
        <translation>上移调</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Transposition augmentation (semitones)</source>
        <translation>移调增强（半音）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>true {true}, predicted {predicted}: {share:.1%} of the {true} items</source>
        <translation>真实 {true}，预测 {predicted}：占 {true} 样本的 {share:.1%}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Truncation:</source>
        <translation>截断：</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Two latent axes</source>
        <translation>两个潜在轴</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>Type or paste text here, open a .txt, .md or .csv file, or drop one here.</source>
        <translation>在这里输入或粘贴文本，打开 .txt、.md 或 .csv 文件，或把文件拖到这里。</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>undercomplete: a narrow code; denoising: learn to remove noise; sparse: few active code units; contractive: a code that ignores small changes of the input</source>
        <translation>undercomplete：窄编码；denoising：学习去除噪声；sparse：只有少数编码单元激活；contractive：对输入的微小变化不敏感的编码</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Undo stroke</source>
        <translation>撤销笔画</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/train_settings_dialog.py"/>
        <source>Undo the changes: the preset&apos;s settings again</source>
        <translation>撤销修改：恢复预设的设置</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Undo the last change of the mask (Ctrl+Z)</source>
        <translation>撤销对蒙版的上一次修改 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Undo the last change to the highlights (Ctrl+Z)</source>
        <translation>撤销对高光的上一次修改 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Undo the mask</source>
        <translation>撤销蒙版修改</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Undo {undo_label}  [Ctrl+Z]</source>
        <translation>撤销{undo_label}  [Ctrl+Z]</translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>units of each stacked RBM, bottom first, e.g. 500,500,2000</source>
        <translation>每个堆叠 RBM 的单元数，自底向上，例如 500,500,2000</translation>
    </message>
    <message>
        <location filename="studio/pixels/masks.py"/>
        <source>Upper half</source>
        <translation>上半部分</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/segment_table.py"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Use drawing</source>
        <translation>使用画作</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Use image</source>
        <translation>使用图像</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Use the dark or opaque part of an image as the shape</source>
        <translation>把图像中深色或不透明的部分用作形状</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>VAE, 2-D latent</source>
        <translation>VAE，二维潜在空间</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>VAE, 8-D latent</source>
        <translation>VAE，八维潜在空间</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Validation music</source>
        <translation>验证集音乐</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>values of the categorical code (0: none); on digits it tends to pick up the digit</source>
        <translation>类别编码的取值数（0：无）；在手写数字上它往往学到数字本身</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>Variational autoencoder (VAE)</source>
        <translation>变分自编码器 (VAE)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Variations and interpolations need the trained generator: they work once the training ends and its run opens.</source>
        <translation>变体和插值需要训练好的生成器：训练结束并打开其运行后即可使用。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Variations around the clicked tile appear here.</source>
        <translation>点击的图块周围的变体显示在这里。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Variations:</source>
        <translation>变体数：</translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <location filename="studio/ui/widgets/piano_roll_parts.py"/>
        <source>Velocity</source>
        <translation>力度</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Velocity levels</source>
        <translation>力度级数</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll_parts.py"/>
        <source>Velocity: drag a note&apos;s stalk up or down (all selected notes move together)</source>
        <translation>力度：上下拖动音符的力度杆（所有选中的音符一起移动）</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location filename="studio/ui/help_dialogs.py"/>
        <source>Versions</source>
        <translation>版本信息</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Vertical</source>
        <translation>垂直</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Video highlights</source>
        <translation>视频高光</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Videos (*.mp4 *.mov *.mkv *.m4v *.avi *.webm *.ts *.mts *.mpg *.flv *.wmv);;All files (*)</source>
        <translation>视频 (*.mp4 *.mov *.mkv *.m4v *.avi *.webm *.ts *.mts *.mpg *.flv *.wmv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Vocabulary size limit</source>
        <translation>词表大小上限</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Wait for the current job to finish, or cancel it, before opening another video.</source>
        <translation>请等待当前任务完成或取消它，然后再打开另一个视频。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>Watch a GAN learn to draw digits</source>
        <translation>看 GAN 学习画数字</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音频 (*.wav)</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>waveform</source>
        <translation>波形</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>WAV…</source>
        <translation>WAV…</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>weight of the auxiliary classifier (Odena et al. 2017): D learns to name the class of real pictures, and G to draw pictures D names as the class asked (0: off)</source>
        <translation>辅助分类器的权重（Odena 等，2017）：D 学习说出真实图片的类别，G 学习画出 D 认为属于所要求类别的图片（0：关闭）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>weight γ of the penalty on D&apos;s gradient at real images (0: off; 0.1 to 10 is usual)</source>
        <translation>D 在真实图像处梯度惩罚的权重 γ（0：关闭；常用 0.1 到 10）</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/install.py"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/page.py"/>
        <source>Welcome to {app}</source>
        <translation>欢迎使用 {app}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>What counts as a highlight</source>
        <translation>什么算作高光</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/folder_preview.py"/>
        <source>What the GAN will see</source>
        <translation>GAN 将看到的图片</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/folder_preview.py"/>
        <source>What the GAN will see of {folder_name}/</source>
        <translation>GAN 将看到的 {folder_name}/</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>What to train on: the built-in digits, or a folder of your own pictures (sub-folders are classes for the conditional models)</source>
        <translation>训练数据：内置手写数字，或你自己的图片文件夹（对条件模型而言，子文件夹即类别）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Which audio track to listen to</source>
        <translation>要分析的音轨</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Widen cuts to keyframes and copy (fast)</source>
        <translation>把剪切点扩展到关键帧并直接复制（快速）</translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>width of a token&apos;s learned vector</source>
        <translation>词元学习向量的宽度</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>width of each GRU layer</source>
        <translation>每个 GRU 层的宽度</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>width of the discriminator&apos;s hidden layers</source>
        <translation>判别器隐藏层的宽度</translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>width of the encoder&apos;s and decoder&apos;s fully connected layers</source>
        <translation>编码器和解码器全连接层的宽度</translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/vae.py"/>
        <source>width of the fully connected layers</source>
        <translation>全连接层的宽度</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Window (events)</source>
        <translation>窗口（事件）</translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Window (frames)</source>
        <translation>窗口（帧）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/word_list.py"/>
        <source>Word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Word clouds</source>
        <translation>词云</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>word,weight CSV</source>
        <translation>词语,权重 CSV</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Words &amp;&amp; font</source>
        <translation>词语与字体</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Workspace folder</source>
        <translation>工作区文件夹</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>Workspace folder:</source>
        <translation>工作区文件夹：</translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Workspace: {folder}</source>
        <translation>工作区：{folder}</translation>
    </message>
    <message>
        <source>Workspace: {workspace}</source>
        <translation type="vanished">工作区：{workspace}</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Write the highlight reel as MP4 (Ctrl+E)</source>
        <translation>把高光集锦写成 MP4 (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Write the highlights as CSV, JSON, EDL or FCPXML (Ctrl+Shift+E)</source>
        <translation>把高光写成 CSV、JSON、EDL 或 FCPXML (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Wrote {name}.</source>
        <translation>已写入 {name}。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>X axis</source>
        <translation>横轴</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Your sketch from the Latent explorer: choose what to hide, then Complete.</source>
        <translation>来自潜在空间探索的草图：选择要遮住的部分，然后按“补全”。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>z = ({coords})
decoded in {last_decode_ms:.1f} ms</source>
        <translation>z = ({coords})
解码耗时 {last_decode_ms:.1f} 毫秒</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Zoom to fit</source>
        <translation>缩放到适合</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>{code_dim} latent codes</source>
        <translation>{code_dim} 个潜在编码</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>{id} · epoch {epoch}</source>
        <translation>{id} · 第 {epoch} 轮</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>{instrument} (General MIDI program {program}); right-click to change it</source>
        <translation>{instrument}（General MIDI 音色 {program}）；右键点击可更改</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>{label} · the fixed noise of training</source>
        <translation>{label} · 训练时的固定噪声</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>{latent_dim}-d noise</source>
        <translation>{latent_dim} 维噪声</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/opening.py"/>
        <source>{n:,} samples of its prior</source>
        <translation>先验的 {n:,} 个样本</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/opening.py"/>
        <source>{n:,} validation images of {title}</source>
        <translation>{title} 的 {n:,} 张验证图像</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>{n_data} completions of {total:,} hidden pixels in {seconds:.2f} s{pace}; the visible pixels are kept exactly.</source>
        <translation>{n_data} 个补全，共 {total:,} 个被遮像素，用时 {seconds:.2f} 秒{pace}；可见像素完全保留。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>{n_data} pictures, {total:,} pixels each, in {seconds:.2f} s{pace}.</source>
        <translation>{n_data} 张图片，每张 {total:,} 个像素，用时 {seconds:.2f} 秒{pace}。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>{n_moved} runs</source>
        <translation>{n_moved} 个运行</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>{name} (not connected)</source>
        <translation>{name}（未连接）</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/save_dialog.py"/>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation>{name} 已存在于 {parent}。要替换吗？</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/starts.py"/>
        <source>{name} has no pictures (PNG, JPEG, WebP, BMP, GIF or TIFF).</source>
        <translation>{name} 中没有图片（PNG、JPEG、WebP、BMP、GIF 或 TIFF）。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>{name} has no pictures to train on and is not a run folder.</source>
        <translation>{name} 中没有可训练的图片，也不是运行文件夹。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>{name} is chosen in the piano roll: press Generate.</source>
        <translation>已在钢琴卷帘中选中 {name}：请按“生成”。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>{name} is not a music model of this workspace: choose its workspace first (File ▸ Choose workspace folder).</source>
        <translation>{name} 不是此工作区的音乐模型：请先选择它所在的工作区（文件 ▸ 选择工作区文件夹）。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>{name} is the file the roll was opened from; choose another name so that it is kept.</source>
        <translation>{name} 是卷帘打开时所用的文件；请换一个文件名，以便保留原文件。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>{name} is the word cloud&apos;s shape now.</source>
        <translation>{name} 现在是词云的形状。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>{name} no longer exists.</source>
        <translation>{name} 已不存在。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>{name} no longer exists; it is gone from the recent list.</source>
        <translation>{name} 已不存在；已从最近列表中移除。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>{name}: its curves are in the training monitor.</source>
        <translation>{name}：它的曲线在训练监视器中。</translation>
    </message>
    <message>
        <location filename="studio/ui/welcome/opener.py"/>
        <source>{name}: its pictures as the GAN will see them. Press Train to train a GAN on them.</source>
        <translation>{name}：GAN 眼中的这些图片。按“训练”用它们训练 GAN。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/opening.py"/>
        <source>{name}: {family} with a {dim}-D latent space, {what}.</source>
        <translation>{name}：{family}，{dim} 维潜在空间，{what}。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>{name}: {title}, {kind}, {layers} gated layers of {channels} channels.</source>
        <translation>{name}：{title}，{kind}，{layers} 个门控层，每层 {channels} 个通道。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/video_preview.py"/>
        <source>{now:.1f} s   (highlight {start:.1f}–{end:.1f} s)</source>
        <translation>{now:.1f} 秒   （高光 {start:.1f}–{end:.1f} 秒）</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>{n} epochs</source>
        <translation>{n} 轮</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/palette_picker.py"/>
        <source>{n} palettes from palettable</source>
        <translation>来自 palettable 的 {n} 套调色板</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>{n} samples after {steps:,} Gibbs steps.</source>
        <translation>{steps:,} 步吉布斯采样后的 {n} 个样本。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>{n} takes</source>
        <translation>{n} 个片段</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>{n} tracks</source>
        <translation>{n} 条音轨</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>{on} of {total} highlights, reel {length}</source>
        <translation>{total} 个高光中的 {on} 个，集锦 {length}</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>{path}
Device: {device}</source>
        <translation>{path}
设备：{device}</translation>
    </message>
    <message>
        <location filename="studio/ui/settings_dialog.py"/>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>{run_id} was moved to the trash (Ctrl+Z in the list brings it back).</source>
        <translation>{run_id} 已移到回收站（在列表中按 Ctrl+Z 可恢复）。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>{run_id}: {title}, {w}×{h} colour</source>
        <translation>{run_id}：{title}，{w}×{h} 彩色</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>{run_id}: {title}, {w}×{h} grey</source>
        <translation>{run_id}：{title}，{w}×{h} 灰度</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>{run}: filters and particles after epoch {epoch}.</source>
        <translation>{run}：第 {epoch} 轮后的滤波器和粒子。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/rbm_page.py"/>
        <source>{run}: no saved filters to show yet.</source>
        <translation>{run}：还没有保存的滤波器可显示。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>{side} px</source>
        <translation>{side} 像素</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>{takes}: double-click to hear one, Keep adds it as a track.</source>
        <translation>{takes}：双击试听，“保留”可将其加为一条音轨。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>{title}, {size_text}: press Draw.</source>
        <translation>{title}，{size_text}：按“绘制”。</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>{title}: {n_train} training and {n_test} test items (seeded split); RBM with {hidden} hidden units; {seconds:.0f} s.</source>
        <translation>{title}：{n_train} 个训练样本和 {n_test} 个测试样本（固定种子划分）；RBM 有 {hidden} 个隐藏单元；{seconds:.0f} 秒。</translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>{w}×{h} pixels</source>
        <translation>{w}×{h} 像素</translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>β (KL weight)</source>
        <translation>β（KL 权重）</translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>λ of the mutual-information term</source>
        <translation>互信息项的 λ</translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/diversity_meter.py"/>
        <source>⚠ The samples are {ratio:.0%} as varied as the real images: they look alike, a sign of mode collapse. Try an earlier snapshot, a lower learning rate, DiffAugment or spectral norm.</source>
        <translation>⚠ 样本的多样性只有真实图像的 {ratio:.0%}：它们彼此相似，这是模式崩溃的迹象。试试更早的快照、更低的学习率、DiffAugment 或谱归一化。</translation>
    </message>
</context>
</TS>
