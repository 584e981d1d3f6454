#!/usr/bin/env bash
# Installs certinspect from this checkout as a .NET tool: ./install.sh puts the command in ~/.dotnet/tools (a .NET
# global tool); ./install.sh DIR puts it in DIR instead. On Linux x64 the tool is the Native AOT binary (the linker
# needs clang and zlib1g-dev on Debian), elsewhere, or where it cannot be compiled, the framework-dependent build
# (README "Install as a .NET tool"). Run it again to reinstall after a change.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' src/CertInspect.Cli/CertInspect.Cli.csproj)
packages=$(mktemp -d)
trap 'rm -rf "$packages"' EXIT
pack() { dotnet pack src/CertInspect.Cli -c Release -o "$packages" --nologo -v quiet "$@"; }

# The package for this machine's runtime, then the one that names it: the tool's package points to that one only.
runtime=any
if [ "$(uname -s)-$(uname -m)" = Linux-x86_64 ]; then
    echo "certinspect: compiling the Native AOT binary (minutes the first time)" >&2
    if pack -r linux-x64; then
        runtime=linux-x64
    else
        echo "certinspect: the native binary could not be compiled (clang and zlib1g-dev installed?): installing the framework-dependent build" >&2
    fi
fi
if [ "$runtime" = any ]; then
    pack -r any -p:PublishAot=false
fi
pack -p:ToolPackageRuntimeIdentifiers="$runtime"

if [ $# -gt 0 ]; then
    where=(--tool-path "$1")
else
    where=(--global)
fi

# Uninstalled first: a package rebuilt under the same version would not replace the installed one.
dotnet tool uninstall "${where[@]}" CertInspect.Tool >/dev/null 2>&1 || true
dotnet tool install "${where[@]}" CertInspect.Tool --add-source "$packages" --version "$version"
if [ $# -eq 0 ] && ! command -v certinspect >/dev/null 2>&1; then
    echo "certinspect: add ~/.dotnet/tools to the PATH (README \"Install as a .NET tool\")." >&2
fi
