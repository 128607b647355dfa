using System;
using System.Collections.Generic;
using EdgeMirror.Worker.Core.Config;
using EdgeMirror.Workers;

namespace EdgeMirror.Worker.Edge;

/// <summary>Settings parsed from vars once per isolate, not once per request: parsing JSON vars
/// (REGISTRIES, FALLBACK, UPSTREAM_CREDENTIALS…) on every request cost a measurable share of a relayed
/// manifest. The cache is keyed by the raw strings the parser read, so it is configuration, never
/// request state: a different Env (another var value) parses again. The Env object a runtime hands every
/// request of an isolate is one and the same, and its vars do not change under it, so seeing that object
/// again skips even re-reading the vars.</summary>
public sealed class ParsedVars<T> where T : class
{
    private readonly Func<VarSource, T> _parse;
    private List<string> _names = new List<string>();
    private List<string?> _values = new List<string?>();
    private T? _parsed;
    private Env? _env;

    public ParsedVars(Func<VarSource, T> parse) => _parse = parse;

    public T Of(Env env)
    {
        if (_parsed != null && (ReferenceEquals(env, _env) || Unchanged(env)))
        {
            _env = env;
            return _parsed;
        }
        var names = new List<string>();
        var values = new List<string?>();
        var parsed = _parse(name =>
        {
            var value = env.Var(name);
            names.Add(name);
            values.Add(value);
            return value;
        });
        _names = names;
        _values = values;
        _parsed = parsed;
        _env = env;
        return parsed;
    }

    private bool Unchanged(Env env)
    {
        for (var i = 0; i < _names.Count; i++)
            if (env.Var(_names[i]) != _values[i]) return false;
        return true;
    }
}
