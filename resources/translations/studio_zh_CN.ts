<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>studio</name>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>  ★ best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source> (slow motion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source> dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/train_bar.py"/>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source> Its variations are drawn by the generator as it is now (epoch {epochs_done}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source> steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source> test NLL {nll:.1f} nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source> · step {step:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>&apos;digits&apos; (built in: 1,797 handwritten digits), or the path of an MNIST IDX file or folder, a folder of images, or a .npz archive. The music models learn from &apos;bach&apos; (the Bach chorales, built in) or a folder of MIDI files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>&apos;{name}&apos; cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>&apos;{name}&apos; exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>, in {name} (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>, {c} channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>.npz archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>1 epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>1 is the classic VAE; larger values trade detail for a smoother, more disentangled latent space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>1 take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>1 track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>1/16 triplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>1/8 triplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>100: timing kept to 10 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>256 grey levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>&lt;b&gt;Text&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>&lt;b&gt;Words&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>&lt;b&gt;Words&lt;/b&gt; (click one to leave it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>&lt;b&gt;Words&lt;/b&gt; ({n_frequencies}; click one to leave it out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Train generative models on your own machine and play with what they learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>A chosen note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>A DCGAN told which class to draw: the label is concatenated to G&apos;s noise and to D&apos;s input image; D trains twice per G step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>A DCGAN whose discriminator sorts images into the K classes or &apos;fake&apos;: it learns a classifier from a few labels (100 on MNIST) and many unlabelled images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>A DCGAN whose generator also takes codes that a third network (Q) must read back from the image: the codes learn to mean something (digit, slant, width).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>A deep convolutional GAN at 28, 32, 64 or 128 px, grey or colour: the classic GAN for pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>A folder of pictures to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>A GAN has no encoder, so its images have no place on a map. Its generator is the decoder here: move the sliders, see the grid over the chosen plane (around the current code), or interpolate between two codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>A is picked: Ctrl+click a second tile for B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>A trained note-rnn or event-rnn run of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>A variation (walked from tile {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>AAC sound (*.m4a);;WAV (*.wav);;MP3 (*.mp3);;Ogg Opus (*.ogg);;FLAC (*.flac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>AAE, 2-D, Gaussian prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>AAE, 2-D, ring of 10 Gaussians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>AAE, 2-D, uniform prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>adam works with the default learning rate 0.001; sgd is the classic RBM update (use a learning rate near 0.05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Adam&apos;s learning rate. 0.001 suits most models here; lower it if the loss jumps or becomes NaN. The arrows step through 1-2-5 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Add notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Add the take to the roll as a track of its own (undo removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Add these to the usual stop words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Add track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Adversarial autoencoder (AAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Adversarial learning-rate scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Always re-encode (exact cuts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>An autoencoder whose code is shaped into a chosen prior (Gaussian, a ring of 10 Gaussians, or uniform) by a discriminator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>An energy-based model trained by contrastive divergence; shows its filters and its Gibbs chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>An export is still being written; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Analysis cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Animate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Animated GIF (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Any notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Any picture file; it is resized to the model&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>as for the RBM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Attention heads (Transformer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>auto: an NVIDIA GPU (cuda) if there is one, else Apple&apos;s GPU (mps), else the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>BCE/pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Below 1: bolder, more typical pictures; above 1: wilder ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>Binarise the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Binarising threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>binary: a pixel brighter than this is white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>binary: black or white (one Bernoulli per pixel, the binarised-MNIST benchmark); grey: 256 levels per channel (a softmax over them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Bits per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>bits/dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Blend sound and picture over this long at each join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>block Gibbs steps of the negative phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Bring back from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Brought back {n_restored} run(s) from the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>brush </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Brush:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Built-in Bach chorales (music models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Built-in digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Cached (fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Categorical code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>category of its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>cd or pcd, for every RBM of the stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>cd: the Gibbs chain starts at the data each step; pcd: one persistent chain runs across updates (better likelihoods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>centre crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>channels of the layer nearest the image (doubled at each smaller size, up to 512)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Checking the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Chinese, Japanese and Korean text switch to a CJK font by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Choose &amp;workspace folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/color_button.py"/>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Choose a colour to add to my colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/mask_canvas.py"/>
        <source>Choose a digit, open a picture or draw one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Choose a GAN run, or train one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Choose a mask image for the shape, or pick an icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Choose a PixelCNN run, or train one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Choose a VAE, AAE or GAN run, or train one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>chunk energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>class {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Classifier accuracy (validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Clear mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/video_preview.py"/>
        <source>Click a highlight in the table to preview it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll_parts.py"/>
        <source>Click a key to hear it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/segment_table.py"/>
        <source>Click a row to preview it. Space or the box switches it on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Click a tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Click a tile first: that is the one saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Click a tile of the grid to see it here with variations around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Click a tile to see variations around it; Ctrl+click two tiles to see the interpolation between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Click a track to draw into it. M mutes, S solos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Click a variation to walk to it: new variations appear around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/word_list.py"/>
        <source>Click a word to leave it out of the cloud; click again to bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Click or drag over notes to erase them  [E]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Click to add notes, drag to set their length  [D]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/word_list.py"/>
        <source>Click to bring back &apos;{word}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/word_list.py"/>
        <source>Click to leave out &apos;{word}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll_parts.py"/>
        <source>Click to place the cursor (playback starts there); drag to mark a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Code size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>codes in [-1, 1] (they tend to pick up slant, width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/color_button.py"/>
        <source>Colour {name} (click to change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Completing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Completions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Compresses images into a small code and rebuilds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Conditional DCGAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Confusion matrix (rows: true class, columns: predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Continue the selected stopped, interrupted or finished run from its latest checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Continue the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Continuous codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Contraction weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>contractive: weight of the Jacobian penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Converting the Bach chorales to MIDI (once for this workspace)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Converting the chorales %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Copied a {width}×{height} image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Copied the decoded image to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Copied the {what} ({width}×{height}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Copy image  (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Copy the clicked tile, or the whole grid when no tile is clicked, at the chosen scale (Ctrl+C; Esc forgets the clicked tile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Copy the decoded image to the clipboard at the export scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Copy when cuts allow, else re-encode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/word_list.py"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Count two-word phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Crossfade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Crosshair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>CSV (*.csv);;JSON (*.json);;Edit decision list (*.edl);;Final Cut Pro XML (*.fcpxml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Ctrl+click two tiles of the grid (A, then B) to see the path between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Cutting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>D learning-rate scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>D learns at this multiple of the learning rate (TTUR: e.g. 4 with a small learning rate for G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>D steps per G step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>D(G(z)): fake judged real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>D(x): real judged real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Dataset image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>DBN 500-500-2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>DCGAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>DCGAN (convolutional GAN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>DCGAN, hinge loss + TTUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>DCGAN, small folder (DiffAugment, R1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>decay of the moving average of G&apos;s weights that sampling uses (0: off, sample from G itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Deep belief network (DBN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Deep reconstruction (cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Deep reconstruction error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Deep reconstructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>denoising: std of the Gaussian noise added to inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Deselect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/errors.py"/>
        <source>Details were written to {log_file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Device: {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>DiffAugment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>differentiable augmentation of every image D sees, real and fake alike; auto: on for folders under 2,000 pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>digit #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>digits, or a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>dimensions of the code (2 gives a map you can explore directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>dimensions of the latent space (2 gives a map you can explore directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>dimensions of the noise z the generator starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Discriminator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Discriminator loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Discriminator units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>discriminator updates (fresh noise each) for each generator update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/diversity_meter.py"/>
        <source>Diversity (mode-collapse check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Diversity of samples / of real images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Double-click to hear a take; drag it out of the window to drop it as a .mid file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>DPI (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Drag a box to select notes  [S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Drag the crosshair to decode any point. Click a point to jump to that image. Wheel zooms, drag on empty space pans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>Drag the line: everything louder than it counts as a highlight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Draw new pictures pixel by pixel (Ctrl+Return); press again to stop (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll_canvas.py"/>
        <source>Draw note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Draw notes here (D), import a MIDI file, or drop one on the roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Draw notes, open a MIDI file (or drop one on the roll), or generate a take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Draw on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Draw something first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Draw something first: the sketch pad is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Draw the curves against optimiser steps, epochs or training time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Draw the hidden part several ways (Ctrl+Return); press again to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Draw tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Draw your own picture on the sketch pad, then use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Draws pictures pixel by pixel with an exact likelihood, and completes partly hidden ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Draw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Drum kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Drums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>ELBO (validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>EMA of G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Embed the font in SVG files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Embedding size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Epoch {epoch_in_progress} of {epochs} · %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/filter_tiles.py"/>
        <location filename="studio/ui/widgets/piano_roll_preview.py"/>
        <location filename="studio/ui/widgets/preview_view.py"/>
        <source>Epoch {epoch} · step {step:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Erase notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Erase tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>ETA {eta} · {samples_per_s:,.0f} samples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Event RNN (Performance RNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>events per training sequence (and the Transformer&apos;s context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Exponential moving average of the training curves (0 = raw values). The raw curve stays visible, faint, underneath.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export generator to ONNX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export generator to ONNX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Export MIDI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Export MIDI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export of the {what} cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Export PNG…  (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Export reel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Export scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Export SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Export SVG…  (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export the generator to ONNX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Export the take as a .mid file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Export the take as a .wav file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Export timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Export WAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Export WAV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Export {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Exported the {what} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Exporting the generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Exporting the {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Exports redraw the preview&apos;s layout at the size above, so the file shows what the preview shows (unless full detail is ticked). For the command line: &lt;code&gt;studio wordcloud --help&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>feature maps of each stack in every layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Feature matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Filter runs (model, dataset, status…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Filters (weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>First kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>First note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>first principal direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>First snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Fit every panel to its curves again after zooming or panning (mouse wheel zooms, dragging pans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Fit the drawing into the 20×20 box and centre it, as MNIST frames its digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Fit view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Folder of MIDI files (music models)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Follow the map&apos;s zoom and pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Font file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Fonts (*.ttf *.otf *.ttc);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Forget the clicked and picked tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Frame like the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Frames per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>Free bits (nats/dim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Free-energy difference (data − model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Free-energy gap (validation − training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>From tile {a} (A) to tile {b} (B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>G matches the mean of D&apos;s features on real images (Salimans et al. 2016) instead of fooling D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>GAN (fully connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>GAN grids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>GAN, 64-d noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>GAN, hinge loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Gated layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Gated PixelCNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Generative Studio word clouds. Type or paste any text here, or open a file, and the cloud on the right follows as you type. Pick an icon for the shape, a palette for the colours, a font, and a background. Words that appear often are drawn large; common words such as the and of are left out. Click a word in the list below to leave it out of the cloud. Export the cloud as PNG at any size, or as SVG with its font inside. Chinese text works too: it is cut into words and drawn in a Chinese font.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Generator loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>Gibbs steps per update (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Gibbs steps when sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>give the decoder the label too, so that the code holds only the style (slant, thickness) and the label says the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>GRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>GRU layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>GRU units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>GRU units, or the Transformer&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>gru: recurrent, carries its state; transformer: attends to the last window of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/rbm.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Hidden units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>hidden units of the 1×1 output head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Hide part of the picture (choose a region or paint it), then press Complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Hide part of the picture first: choose a region or paint it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Hide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Highlight the notes of a scale in the roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>Highlight {n}: {start:.2f}–{end:.2f} s. Drag an edge to adjust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Horizontal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>How far the variations stray from the tile&apos;s noise (standard deviation of the steps added to it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>how finely dynamics are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>how many binary feature detectors (filters) the RBM learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>how many frames the model reads to predict the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>How many images a side the manifold grid has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>how many labels D may learn from (the first ones the run sees, balanced over the classes); every other image is used without its label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>How many passes over the training data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>How many times larger than the model&apos;s pixels the PNG (or copy) is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>How pictures that are not square fit: crop their centre or pad them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Icon: &lt;code&gt;{name}&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>image #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>image #{index} ({label})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Image #{index}, label {label_name}, error {error:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Images in a .npz archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>InfoGAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>InfoGAN&apos;s continuous codes (the same for every tile; trained between -1 and 1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>InfoGAN, 10 categories + 2 continuous codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/pixelcnn.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/image_strip.py"/>
        <source>Inputs, reconstructions and samples appear here after each epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Interpolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Invert: put the words around the shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Items per optimiser step. Larger batches are faster per item on a GPU but need more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Join gaps up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>K: D tells K real classes and &apos;fake&apos; apart (K + 1 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Keep drums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Keep only the N best highlights (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Keep take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Keep the best highlights until the reel is this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Kept after each highlight: the reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Kept before each highlight: the build-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Kept take {n} as a track of its own; its notes are selected in the roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>KL below this, per latent dimension, is not penalised, which keeps every dimension in use; 0 turns it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>KL divergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>KL warm-up (epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Label smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Labelled images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>labels G and D are told about (taken from the data&apos;s labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Largest font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Last checkpoint: {checkpoint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Last validation {headline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/latent_sliders.py"/>
        <source>Latent coordinate {prefix}{i}, from {low:g} to {limit:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Latent explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Latent size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>latest checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Layer in training (then fine-tuning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>learn from drum tracks too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>Learns a smooth latent space you can sample and explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Learns note-on, note-off, time-shift and velocity events: keeps timing and dynamics. GRU or Transformer body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Learns which notes sound together, frame by frame: 3 GRU layers with self-attention, as the seed&apos;s piano generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Leave out common words (stop words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/segment_table.py"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Length of each loudness window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/widgets/train_bar.py"/>
        <source>Loading models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/palette_picker.py"/>
        <source>Loading palettes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Loading the data and building the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Loading the generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Longest time shift (steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Loop the region marked on the ruler (drag on the ruler to mark it), or else the selected notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Loss (sum of the three)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Loud bursts shorter than this are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Loud parts closer than this become one highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>loudness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Lower halves completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Lower: safer, more repetitive; higher: more surprising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Manifold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Mask image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Mask image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/diversity_meter.py"/>
        <source>Mean pairwise distance of features within a batch of samples, over the same figure on real images (dashed line: as varied as the data). Below the dotted line ({warn_ratio:.0%}), the generator repeats itself: mode collapse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/diversity_meter.py"/>
        <source>Measured after each epoch while a GAN trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Measuring loudness…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Median error {median:.4f}; the {n_worst} most anomalous images (right of the red line) — click one to find it on the map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>MIDI files (*.mid *.midi *.smf *.kar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>MIDI files (*.mid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>MIDI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Min-max scaling → RBM → logistic regression, against the same classifier on the raw inputs. Press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/vae.py"/>
        <source>mlp: fully connected; conv: convolutional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>MLP: hidden units; DCGAN: channels of the layer nearest the image (doubled at each smaller size, up to 512)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>MNIST folder or folder of images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>MNIST folder or image folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>MNIST IDX files (*-ubyte *-ubyte.gz *idx*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>MNIST IDX file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>MNIST images (IDX file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Model input / reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>more layers see further to the left and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>More small words at large sizes; the layout then differs from the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>more words to leave out, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Most words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Move notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Moved {what} to the trash. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Moved {what} to the trash. Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>MP4 video (*.mp4);;QuickTime (*.mov);;Matroska (*.mkv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Mute: not heard in playback and WAV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Mutual-information loss (Q reads the codes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Mutual-information weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>My colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Naive (whole net per pixel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Naive sampling runs the whole network for every pixel: the same pictures, far slower. For comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>nats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>nats/code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/pixelcnn.py"/>
        <location filename="studio/models/rbm.py"/>
        <location filename="studio/models/vae.py"/>
        <source>nats/image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>nats/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Negative log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Negative particles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>negative particles kept by PCD (and shown while training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>negative particles of each RBM under PCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>Negative phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>New layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>New noise with a new random seed (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Next-token accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>NLL per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>No GAN models found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>No GAN runs in the workspace yet: train one with the button above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>No music model yet: train one below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>No PixelCNN runs yet: train one with the button above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/timeline_slider.py"/>
        <source>No snapshots yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>No VAE, AAE or GAN runs in the workspace yet: train one with the button above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>No video yet: open one, or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Noise level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Noise size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>nonsaturating: -log D(G(z)) for G; hinge: the hinge loss of SN-GAN and BigGAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>note-rnn: the notes sounding in each frame; event-rnn: note-on, note-off, time-shift and velocity events (keeps timing and dynamics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Note-set RNN (piano roll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Notes the model expects next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Nothing to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Nudge left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Nudge right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>number of units in the bottleneck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>NumPy archives (*.npz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Objective of the phase (free-energy difference, then cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Octave down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Octave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>odd width of the first layer&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>odd width of the later layers&apos; filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>on a folder of pictures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>on digits (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>on {name}/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>one event moves time by at most this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>One of the built-in digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>one row per {rows} ({num_classes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>one-sided: real images are labelled 1 - this for D (0.1 is usual; non-saturating loss only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Only notes of this scale are sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>ONNX model (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Open a .mid file in the roll (or drop one on the roll)  [Ctrl+O]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Open a GAN run, or train one: its samples appear here, refreshed as it learns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Open a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Open a PixelCNN run (or train one), then press Draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Open a PixelCNN run to complete pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Open a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Open a run to see the decoded grid over the visible part of the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>Open a text, Markdown or CSV file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Open a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Open a video (Ctrl+O), or drop one onto this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Open MIDI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Open MIDI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Open picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Open text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Open text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Open the selected run (or double-click it, or press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Open the selected run&apos;s latent space (or double-click it, or press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Open video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Opened {name}: {notes} notes in {tracks}, {bpm:.0f} bpm{key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Opening {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>optimiser steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Original: validation image #{index}, label {label}. The big picture is its reconstruction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Other font file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Outline colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Output units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/mask_canvas.py"/>
        <source>Paint the part to complete (left button); the right button uncovers. Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Painted by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Paste at cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Pause or resume the training ({shortcut_text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>PCA plane through the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/segment_table.py"/>
        <source>Peak dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Per class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>Persistent chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Piano roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Pictures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Pixel values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Pixel {done:,} of {total:,} (row {row}, column {column}), {n} pictures at once…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Pixel {done:,} of {total:,} hidden ones, {n} completions at once…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>PixelCNN sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>PixelCNN, 256 grey levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>PixelCNN, black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Pixels &amp; RBM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Place the words again at full detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Plane:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Play from the cursor, or loop the marked region  [Space]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/video_preview.py"/>
        <source>Play or pause the preview (P plays the selected highlight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Play the interpolation back and forth in the decoded view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Play the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/timeline_slider.py"/>
        <source>Play the timeline (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Play with another General MIDI sound font (.sf2); FluidSynth is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Playback is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Pre-training epochs per layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Predicted next frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Prior sample #{index}: the big picture is its decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Prior sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Pseudo-log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Pull the noise towards the mean: lower values give cleaner but less varied samples; 1.00 samples the full prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Quantise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Quantise the selected notes (all when none is selected) to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>R1 penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Random digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Randomise from the prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>RBM features classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>RBM, 256 hidden, CD-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>RBM, 500 hidden, PCD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Re-roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>Read the text as CSV: one column of text, or two columns: word and weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Reading a few</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Reading the curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/folder_preview.py"/>
        <source>Reading the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Reading the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>Ready-made settings of the GAN families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Ready-made settings of the models that have a latent space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Reconstruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Reconstruction error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>reconstruction error (mean squared pixel error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/rbm.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Reconstructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Redo {redo_label}  [Ctrl+Shift+Z]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Reel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Reel length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Rename track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Rendering {name} with {synth}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/save_dialog.py"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Replace the roll?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Reset to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <source>Resize notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Restored the roll of your last session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>Restricted Boltzmann machine (RBM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Resume run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Resuming {id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>RMS: plain loudness. K-weighted: closer to how loud people hear it (EBU R128 style; a 0.4 s window gives its &apos;momentary&apos; loudness). Classic: the original 10 s chunk energy, to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>run {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Runs in the workspace. Select several (Ctrl/Shift+click) to compare their curves; F5 refreshes the list, Delete moves runs to the workspace&apos;s trash and Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>s of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Sample only from the most likely tokens that make up this share (1: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Sample takes with the chosen model; notes appear as they are sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/pixelcnn.py"/>
        <location filename="studio/models/vae.py"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Samples (top-RBM Gibbs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Sampling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Save GIF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Save reconstruction PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Save strip PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save the clicked tile as PNG at the chosen scale (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Save the completions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save the grid as PNG at the chosen scale (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Save the highlight reel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Save the list of highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Save the pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save the {what} as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>Save tile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Saved the list to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Saved {path} ({width}×{height}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Saved {written}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/timeline_slider.py"/>
        <source>Scrub through the grids saved during training, from the same noise each time (Home: the first, End: the newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/icon_picker.py"/>
        <source>Search icons: dog, heart, twitter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/palette_picker.py"/>
        <source>Search palettes: TealRose, Spectral, viridis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>second principal direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>seed {seed} · truncation {truncation:.2f} · {checkpoint_title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>seed {seed}, truncation {truncation:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Select the notes to continue first (drag a box in Select mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Select tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Semi-supervised GAN (K+1 classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Semi-supervised GAN, 100 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Set A and B first: the animation plays the strip between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Set A and B to see the strip between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Set from this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Set the two end points A and B first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Set {name} to the crosshair&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>SGD&apos;s momentum, or Adam&apos;s β₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Show all the notes  [Ctrl+0]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Show the losses on a logarithmic axis (non-positive values are left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Show the nearest training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Sketch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Sliders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>Slow motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Small (quick on a CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Snap the selected notes (all when none is selected) to the grid  [Q]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Snap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Solo: only the solo tracks are heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Sound font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Sound fonts (*.sf2 *.sf3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Sound font…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Sound: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>sparse: weight of the L1 penalty on the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Sparsity weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>Spectral norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>spectral normalisation of D&apos;s layers (keeps D smooth; the usual remedy for unstable training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Spherical keeps the noise on the shell where a Gaussian&apos;s samples lie; linear cuts through the less likely middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Spread the completion over about {seconds:.0f} s to watch it happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Spread the drawing over about {seconds:.0f} s to watch each pixel arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Spread:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <location filename="studio/models/rbm.py"/>
        <source>squared error/image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>Stacked RBMs pre-trained layer by layer, then unrolled into a deep autoencoder and fine-tuned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/segment_table.py"/>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Start a training, or select runs in the list, to see their loss curves here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Start training a new run ({shortcut_text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <location filename="studio/ui/widgets/train_bar.py"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Step between windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>steps in the top RBM before the downward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Stop the analysis or the export (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Stop the training and save a checkpoint to resume from later ({shortcut_text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/train_bar.py"/>
        <source>Stop training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Stop words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Stopped after {done:,} pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Stopped at %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>Stopped at pixel {done:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Stopped converting the chorales; the pieces converted so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Stopped: the notes sampled so far are kept in the takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>Supervised AAE, 2-D (style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>Supervised loss (the labelled images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>supervised: the number of labels the decoder is told about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Take {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Take {n}  ·  {note_count} notes  ·  {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <location filename="studio/ui/tabs/pixels/page_parts.py"/>
        <source>Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>test accuracy · macro F1 {macro_f1:.3f} · {n_features} features · C = {c:g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/pixelcnn.py"/>
        <source>Test NLL (exact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>Text (*.txt *.md *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>The cloud is being redrawn for your latest change; export again once the preview shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>The decoded image appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>the discriminator and generator learn at this multiple of the learning rate (smaller: better reconstructions, codes that follow the prior less closely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>The folder&apos;s pictures as the GAN will see them, and any broken, mixed or tiny ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>The generator as an ONNX model, for TouchDesigner, onnxruntime-web and other tools (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>the GRU units must divide by this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>the hidden units must divide by this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>The interpolation strip appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>the KL weight rises from 0 to β over this many epochs, so the decoder learns to use the code before the KL term can switch it off (posterior collapse); 0 turns it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/model_catalog.py"/>
        <source>The models could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>the most frequent note sets kept; rarer chords lose their rarest notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>The noise&apos;s seed: the same seed and truncation give the same grid (also with `studio gan sample RUN --seed S`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <source>The original two-player game: a fully connected generator makes images from noise, a discriminator tells them from real ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>The picture with its hidden part veiled, then each completion, side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>The random seed: the same seed and settings give the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/filter_tiles.py"/>
        <source>The RBM&apos;s filters and its negative particles appear here after each epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>The RBM-features classifier report is not installed in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>the remaining epochs fine-tune the unrolled autoencoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>The roll has changes that are not exported. Replace them with the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>The run &apos;{id}&apos; has already trained {epochs_done} epochs; raise &apos;to epoch&apos; above that to train it for longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>The run that is training cannot be moved to the trash; stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>The same seed draws the same pictures (with either method)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>The same seed gives the same cloud, colours included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/diversity_meter.py"/>
        <source>The samples are {ratio:.0%} as varied as the real images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>the shape the codes are pushed into: gaussian (standard normal), mixture (10 Gaussians on a circle) or uniform (a square)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>The size the pictures are trained at (larger is slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>The snapshots saved during training as an animated GIF or an MP4 video (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>The synthesiser that plays and renders the music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>The threshold&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>The timeline needs at least two snapshots (one is saved each epoch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>The trash is {trash_dir}; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>There are no notes to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/tab.py"/>
        <source>There is no cloud to export yet: add some text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/exports.py"/>
        <source>There is no grid to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/preview_view.py"/>
        <source>This model&apos;s previews ({kind}) cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>This recording has no picture: the reel is saved as sound (.m4a, .wav, .mp3, .ogg or .flac) (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>threshold {value:,.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>threshold {value:.1f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>threshold {value:.1f} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/rbm.py"/>
        <source>threshold: pixels above 0.5 are on; stochastic: a fresh Bernoulli draw each time; none: intensities used as probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Tile and variations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Tile {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Tiles a row (an unconditional grid is square; a conditional one has a row per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>time resolution of the piano roll: 8 resolves sixteenth notes at 120 bpm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Time steps per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>to epoch </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Top-k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Top-p:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Train a music model first, or choose one of the workspace&apos;s runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>Train a new GAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Train a new model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Train a new PixelCNN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Train a PixelCNN on the built-in digits and open it when done (follow it in the Training monitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>train also on every piece moved up and down by up to this many semitones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Train on digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Train on the Bach chorales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Train or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>Train the chosen GAN and watch its grid learn (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Train the chosen model on the built-in Bach chorales (no download)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Train the chosen model on the built-in digits and open it when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Train the RBM and the three classifiers (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>Train the selected run until this epoch (raise it to train a finished run for longer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/settings_panel.py"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Training a {model} on {dataset}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Training a {title} on {dataset}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <source>Training image #{index}, label {label_name}, distance {distance:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Training monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>Training on {dataset}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>Training: epoch {epoch},{extra}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Training: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>Training… the grid of the fixed noise appears after the first epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Transparent background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Transpose down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Transpose up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Transposition augmentation (semitones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>true {true}, predicted {predicted}: {share:.1%} of the {true} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>Truncation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>Two latent axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>Type or paste text here, open a .txt, .md or .csv file, or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>undercomplete: a narrow code; denoising: learn to remove noise; sparse: few active code units; contractive: a code that ignores small changes of the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <location filename="studio/ui/tabs/latent/sketching.py"/>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Undo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Undo the last change of the mask (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Undo the last change to the highlights (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Undo {undo_label}  [Ctrl+Z]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/dbn.py"/>
        <source>units of each stacked RBM, bottom first, e.g. 500,500,2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/segment_table.py"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>Use drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tools.py"/>
        <source>Use image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Use the dark or opaque part of an image as the shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>VAE, 2-D latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>VAE, 8-D latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <location filename="studio/models/note_rnn.py"/>
        <source>Validation music</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>values of the categorical code (0: none); on digits it tends to pick up the digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>Variational autoencoder (VAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Variations and interpolations need the trained generator: they work once the training ends and its run opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tools.py"/>
        <source>Variations around the clicked tile appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Variations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/music/editing.py"/>
        <location filename="studio/ui/widgets/piano_roll_parts.py"/>
        <source>Velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Velocity levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll_parts.py"/>
        <source>Velocity: drag a note&apos;s stalk up or down (all selected notes move together)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Video highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Videos (*.mp4 *.mov *.mkv *.m4v *.avi *.webm *.ts *.mts *.mpg *.flv *.wmv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Vocabulary size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/tab.py"/>
        <source>Wait for the current job to finish, or cancel it, before opening another video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>WAV audio (*.wav)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loudness_plot.py"/>
        <source>waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>WAV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <source>weight γ of the penalty on D&apos;s gradient at real images (0: off; 0.1 to 10 is usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/rules_form.py"/>
        <source>What counts as a highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/folder_preview.py"/>
        <source>What the GAN will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/folder_preview.py"/>
        <source>What the GAN will see of {folder_name}/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>What to train on: the built-in digits, or a folder of your own pictures (sub-folders are classes for the conditional models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Which audio track to listen to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Widen cuts to keyframes and copy (fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan.py"/>
        <location filename="studio/models/gan_variants.py"/>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>width of a token&apos;s learned vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>width of each GRU layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>width of the discriminator&apos;s hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/aae.py"/>
        <source>width of the encoder&apos;s and decoder&apos;s fully connected layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/autoencoder.py"/>
        <location filename="studio/models/vae.py"/>
        <source>width of the fully connected layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/event_rnn.py"/>
        <source>Window (events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/note_rnn.py"/>
        <source>Window (frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/word_list.py"/>
        <source>Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Word clouds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/text_panel.py"/>
        <source>word,weight CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/wordcloud/settings_form.py"/>
        <source>Words &amp;&amp; font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Workspace: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/main_window.py"/>
        <source>Workspace: {workspace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Write the highlight reel as MP4 (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/highlights/panels.py"/>
        <source>Write the highlights as CSV, JSON, EDL or FCPXML (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>Wrote {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/loss_plot.py"/>
        <source>X axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>z = ({coords})
decoded in {last_decode_ms:.1f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/piano_roll.py"/>
        <source>Zoom to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>{code_dim} latent codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/training/tab.py"/>
        <source>{id} · epoch {epoch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tracks.py"/>
        <source>{instrument} (General MIDI program {program}); right-click to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>{label} · the fixed noise of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>{latent_dim}-d noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>{n:,} samples of its prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>{n:,} validation images of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/completion_page.py"/>
        <source>{n_data} completions of {total:,} hidden pixels in {seconds:.2f} s{pace}; the visible pixels are kept exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>{n_data} pictures, {total:,} pixels each, in {seconds:.2f} s{pace}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>{n_moved} runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/save_dialog.py"/>
        <source>{name} already exists in {parent}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>{name} is the file the roll was opened from; choose another name so that it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/latent/tab.py"/>
        <source>{name}: {family} with a {dim}-D latent space, {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/tab.py"/>
        <source>{name}: {title}, {kind}, {layers} gated layers of {channels} channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/video_preview.py"/>
        <source>{now:.1f} s   (highlight {start:.1f}–{end:.1f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>{n} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/palette_picker.py"/>
        <source>{n} palettes from palettable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>{n} takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/tab.py"/>
        <source>{n} tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/run_list.py"/>
        <source>{path}
Device: {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/tab.py"/>
        <source>{run_id} was moved to the trash (Ctrl+Z in the list brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>{run_id}: {title}, {w}×{h} colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/jobs.py"/>
        <source>{run_id}: {title}, {w}×{h} grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/gan/training.py"/>
        <source>{side} px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/music/generation.py"/>
        <source>{takes}: double-click to hear one, Keep adds it as a track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>{title}, {size_text}: press Draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/classifier_report.py"/>
        <source>{title}: {n_train} training and {n_test} test items (seeded split); RBM with {hidden} hidden units; {seconds:.0f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/tabs/pixels/sampling_page.py"/>
        <source>{w}×{h} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/vae.py"/>
        <source>β (KL weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/models/gan_variants.py"/>
        <source>λ of the mutual-information term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="studio/ui/widgets/diversity_meter.py"/>
        <source>⚠ The samples are {ratio:.0%} as varied as the real images: they look alike, a sign of mode collapse. Try an earlier snapshot, a lower learning rate, DiffAugment or spectral norm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
