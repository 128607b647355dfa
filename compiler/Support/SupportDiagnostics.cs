using System.Globalization;
using EdgeMirror.Compiler.Pipeline;
using Microsoft.CodeAnalysis;

namespace EdgeMirror.Compiler.Support;

/// <summary>Builds <c>file(line,col): error CS2JSnnnn: message</c> diagnostics at a C# location.</summary>
public static class SupportDiagnostics
{
    public static string Id(Unsupported id) => "CS2JS" + ((int)id).ToString("D4", CultureInfo.InvariantCulture);

    public static CompileDiagnostic Create(Unsupported id, Location location, string message)
    {
        var span = location.GetMappedLineSpan();
        return new CompileDiagnostic(location.IsInSource ? span.Path : "", span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1, true, Id(id), message);
    }
}
