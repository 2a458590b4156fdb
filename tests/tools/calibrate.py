"""Random weights that make a parity test meaningful (reference/NOTES.md item 12):
BatchNorm statistics calibrated on random input, and a centred classifier."""
import torch


def calibrate(model, size, classifier, seed=0, batches=3, batch=8):
    g = torch.Generator().manual_seed(seed)
    for m in model.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            m.reset_running_stats()
            m.momentum = None
    model.train()
    with torch.no_grad():
        for _ in range(batches):
            model(torch.randn(batch, 3, size, size, generator=g))
    model.eval()
    feats = []
    hook = classifier.register_forward_hook(lambda m, i, o: feats.append(i[0].detach()))
    with torch.no_grad():
        model(torch.randn(16, 3, size, size, generator=g))
    hook.remove()
    mu = feats[0].flatten(1).mean(0)
    with torch.no_grad():
        classifier.bias.copy_(-classifier.weight @ mu)
    return model
