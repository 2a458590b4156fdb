"""What the install and package checks share: running the installed programs."""
import os
import shutil
import subprocess


def clean_env(home):
    """An environment that points at nothing of the build or source tree."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("INCEPTION_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", TORCH_HOME=str(home / "torch"))
    env["PATH"] = "/usr/bin:/bin"
    return env


def run_programs(bindir, home, image, failures):
    """inception-cli list / classify and inception-explorer --screenshot from `bindir`."""
    env = clean_env(home)
    cli, app = str(bindir / "inception-cli"), str(bindir / "inception-explorer")
    r = subprocess.run([cli, "list"], capture_output=True, text=True, env=env, cwd="/")
    print(r.stdout)
    if r.returncode != 0 or "inception_resnet_v2" not in r.stdout:
        failures.append(f"inception-cli list failed ({r.returncode}): {r.stderr}")
    if image:
        r = subprocess.run([cli, "classify", "--variant", "googlenet", "--untrained", image],
                           capture_output=True, text=True, env=env, cwd="/")
        print(r.stdout)
        if r.returncode != 0 or "UNTRAINED" not in r.stdout:  # the labels come from the installed resources
            failures.append(f"inception-cli classify failed ({r.returncode}): {r.stderr}")
        # The bundled Fashion-MNIST model, found beside the installed program.
        r = subprocess.run([cli, "classify", "--variant", "mini_inception", "--json", image],
                           capture_output=True, text=True, env=env, cwd="/")
        print(r.stdout[-300:])
        if r.returncode != 0 or '"untrained": false' not in r.stdout or "share/inception-explorer/models" not in r.stdout:
            failures.append(f"inception-cli classify with the bundled model failed ({r.returncode}): {r.stderr}")
    for lang in ("en", "de"):
        shot = home / f"window-{lang}.png"
        r = subprocess.run([app, "--variant", "googlenet", "--lang", lang, "--size", "1000x700", "--screenshot", str(shot)],
                           capture_output=True, text=True, env=env, cwd="/")
        if r.returncode != 0 or not shot.exists() or shot.stat().st_size < 10000:
            failures.append(f"inception-explorer --screenshot ({lang}) failed ({r.returncode}): {r.stderr[-500:]}")
        if "no translation" in r.stderr:
            failures.append(f"the installed program has no {lang} translation: {r.stderr}")


def validate(desktop, metainfo, failures):
    for tool, args, path in (("desktop-file-validate", [], desktop), ("appstreamcli", ["validate", "--no-net"], metainfo)):
        if not shutil.which(tool):
            failures.append(f"{tool} is missing (Debian: desktop-file-utils, appstream)")
            continue
        r = subprocess.run([tool, *args, str(path)], capture_output=True, text=True)
        print(tool, path.name, "->", r.returncode, r.stdout.strip()[-200:])
        if r.returncode != 0:
            failures.append(f"{tool} {path}: {r.stdout}{r.stderr}")


def report(failures):
    """Prints each failure and the verdict; the exit status."""
    for f in failures:
        print("FAIL", f)
    print("OK" if not failures else "FAILED")
    return 1 if failures else 0
