using EdgeMirror.Workers;
using H5;

namespace EdgeMirror.Worker.Edge.Access;

/// <summary>A request's headers as [name, value] pairs in one pass over the Headers iterator: measuring every
/// request's header size by names and then a get() per name crossed into the runtime once more per header.</summary>
[External]
public static class HeaderEntries
{
    [Template("[...{headers}]")]
    public static extern string[][] Of(Headers headers);
}
