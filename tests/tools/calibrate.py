"""Random weights that make a parity test meaningful (reference/NOTES.md item 12):
BatchNorm statistics calibrated on random input, and a centred classifier."""
import torch


def calibrate(model, size, classifier, seed=0, batches=3, batch=8, inputs=None):
    """inputs: calibrate on these (e.g. real photographs) instead of random noise."""
    g = torch.Generator().manual_seed(seed)
    sample = (lambda n: inputs) if inputs is not None else (lambda n: torch.randn(n, 3, size, size, generator=g))
    for m in model.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            m.reset_running_stats()
            m.momentum = None
    model.train()
    with torch.no_grad():
        for _ in range(batches):
            model(sample(batch))
    model.eval()
    feats = []
    hook = classifier.register_forward_hook(lambda m, i, o: feats.append(i[0].detach()))
    with torch.no_grad():
        model(sample(16))
    hook.remove()
    mu = feats[0].flatten(1).mean(0)
    with torch.no_grad():
        classifier.bias.copy_(-classifier.weight @ mu)
    return model
