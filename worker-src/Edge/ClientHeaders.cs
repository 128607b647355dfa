using System.Collections.Generic;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>The headers the client sent, read from the runtime once per request (one <c>forEach</c> pass) and
/// looked up in JavaScript after that. Each <c>Headers.get</c> is a call into workerd, and a relayed request
/// needs a dozen answers (size limits, user agent, scheme, the eight forwarded headers): measured in workerd,
/// a get costs about 2,400 instructions, visiting a header with <c>forEach</c> about 4,000 and with the entries
/// iterator twice that. Names are lowercase and the values of one name combined with ", ", exactly as
/// <c>Headers.get</c> answers.</summary>
public sealed class ClientHeaders
{
    private readonly List<string> _names = new List<string>();
    private readonly List<string> _values = new List<string>();

    public ClientHeaders(Headers headers)
    {
        headers.ForEach((value, name) =>
        {
            _names.Add(name);
            _values.Add(value);
            Bytes += name.Length + 4 + value.Length;
        });
    }

    /// <summary>How many distinct headers (a name sent twice counts once, as the runtime lists it).</summary>
    public int Count => _names.Count;

    /// <summary>The size of the headers as <c>name: value\r\n</c> lines, what Core/Access/RequestLimits bounds.</summary>
    public int Bytes { get; private set; }

    /// <summary>The value of a header by its lowercase name, or null when the client did not send it.</summary>
    public string? Get(string name)
    {
        for (var i = 0; i < _names.Count; i++)
            if (_names[i] == name) return _values[i];
        return null;
    }
}
