"""Long runs drift into subnormal floats, which x86 CPUs compute tens of times slower: the training and
sampling jobs flush them to zero, in their own thread and in torch's worker threads."""

import subprocess
import sys
import textwrap


def test_training_job_flushes_subnormals_in_every_torch_thread(tmp_path):
    # In a process of its own: the setting is process-wide state that must not leak into other tests.
    script = textwrap.dedent(f"""
        import torch
        from studio.core.tasks import TaskControl
        from studio.training.config import TrainConfig
        from studio.training.job import new_run_spec, training_job

        cfg = TrainConfig(model="vae", model_config={{"hidden": 16, "latent_dim": 2}}, epochs=1,
                          batch_size=256, device="cpu", dataset="digits")
        events = list(training_job(TaskControl(), new_run_spec(cfg, {str(tmp_path)!r})))
        assert type(events[-1]).__name__ == "Finished", events[-1]
        tiny = torch.full((512, 512), 1e-39)
        print((tiny * 1.0).abs().max().item(), torch.mm(tiny, torch.ones(512, 512)).abs().max().item())
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["0.0", "0.0"]
