using SpecClient.Generator.Emitting.Json;
using SpecClient.Generator.Emitting.Syntax;
using SpecClient.Generator.Model;

namespace SpecClient.Generator.Emitting.Operations;

/// <summary>Writes how a parameter reaches the wire: escaped into the path, added to the query, or set as a header or cookie.</summary>
internal static class ParameterWriter
{
    /// <summary>An expression for a path parameter's escaped text (always required, so never null).</summary>
    public static string PathValue(ParameterSpec parameter)
    {
        var name = CSharp.Identifier(parameter.Name);
        var prefix = parameter.Style switch
        {
            ParameterStyle.Label => "\".\" + ",
            // The name is percent-encoded here, once: it is part of the path, like the value after it.
            ParameterStyle.Matrix => CSharp.Literal(";" + System.Uri.EscapeDataString(parameter.WireName) + "=") + " + ",
            _ => string.Empty,
        };
        if (parameter.Type.Kind == TypeKind.Array)
        {
            var separator = parameter.Style == ParameterStyle.Label && parameter.Explode ? "." : ",";
            return $"{prefix}string.Join({CSharp.Literal(separator)}, {KnownTypes.Enumerable}.Select({name}, static item => {KnownTypes.ApiPath}.Escape({Format(parameter.Type.Element!, "item")})))";
        }

        return $"{prefix}{KnownTypes.ApiPath}.Escape({Format(parameter.Type, name)})";
    }

    public static void WriteQuery(SourceWriter writer, JsonTypes json, ParameterSpec parameter, Locals locals)
    {
        var query = locals.Query;
        var name = CSharp.Identifier(parameter.Name);
        var wire = CSharp.Literal(parameter.WireName);
        var type = parameter.Type;
        switch (type.Kind)
        {
            case TypeKind.Array:
                var style = parameter.Style switch
                {
                    ParameterStyle.SpaceDelimited => "SpaceDelimited",
                    ParameterStyle.PipeDelimited => "PipeDelimited",
                    _ => "Form",
                };
                writer.WriteLine($"{query}.AddValues({wire}, {ItemTexts(type, name)}, {KnownTypes.QueryStyle}.{style}, explode: {(parameter.Explode ? "true" : "false")});");
                return;
            case TypeKind.Map:
                var entries = $"{name} is null ? null : {KnownTypes.Enumerable}.Select({name}, static entry => new {KnownTypes.KeyValuePair}<string, string>(entry.Key, {Format(type.Element!, "entry.Value")}))";
                // Only deepObject keeps a map's keys apart on the wire, so every map is sent that way.
                writer.WriteLine($"{query}.AddDeepObject({wire}, {entries});");
                return;
            case TypeKind.Named when json.Find(type.Name) is { Kind: TypeSpecKind.Object } objectType:
                WriteObjectQuery(writer, parameter, objectType, locals);
                return;
            case TypeKind.String:
                writer.WriteLine($"{query}.Add({wire}, {name});");
                return;
            case TypeKind.Json:
                writer.WriteLine(IsOptional(parameter)
                    ? $"{query}.Add({wire}, {name}?.GetRawText());"
                    : $"{query}.Add({wire}, {name}.GetRawText());");
                return;
            default:
                WriteScalar(writer, parameter, locals, value => $"{query}.Add({wire}, {value});");
                return;
        }
    }

    /// <summary>The wire texts of an array's items: strings go as they are; other items are formatted one by one.</summary>
    private static string ItemTexts(TypeRef array, string value) =>
        array.Element!.Kind is TypeKind.String or TypeKind.TimeSpan && !array.Element.IsNullable
            ? value
            : $"{value} is null ? null : {KnownTypes.Enumerable}.Select({value}, static item => {Format(array.Element!, "item")})";

    public static void WriteHeaderOrCookie(SourceWriter writer, JsonTypes json, ParameterSpec parameter, Locals locals)
    {
        var request = locals.Request;
        var method = parameter.In == ParameterLocation.Cookie ? "AddCookie" : "Add";
        var wire = CSharp.Literal(parameter.WireName);
        var name = CSharp.Identifier(parameter.Name);
        if (parameter.Type.Kind == TypeKind.Array)
        {
            writer.WriteLine($"{KnownTypes.ApiHeaders}.{method}({request}, {wire}, {name} is null ? null : string.Join(\",\", {KnownTypes.Enumerable}.Select({name}, static item => {Format(parameter.Type.Element!, "item")})));");
            return;
        }

        if (parameter.Type.Kind is TypeKind.String or TypeKind.TimeSpan)
        {
            writer.WriteLine($"{KnownTypes.ApiHeaders}.{method}({request}, {wire}, {name});");
            return;
        }

        WriteScalar(writer, parameter, locals, value => $"{KnownTypes.ApiHeaders}.{method}({request}, {wire}, {value});");
    }

    /// <summary>Wire text of a scalar value (strings pass through; the rest go through ApiWire.Format).</summary>
    public static string Format(TypeRef type, string value) => type.Kind switch
    {
        TypeKind.String or TypeKind.TimeSpan => value,
        TypeKind.Json => $"{value}.GetRawText()",
        _ => $"{KnownTypes.ApiWire}.Format({value})",
    };

    private static bool IsOptional(ParameterSpec parameter) => !parameter.IsRequired || parameter.Type.IsNullable;

    /// <summary>Writes the parameter's value added when it is set; the pattern variable (<c>{name}Value</c>) is taken from the method's locals, as another parameter may have that name.</summary>
    private static void WriteScalar(SourceWriter writer, ParameterSpec parameter, Locals locals, System.Func<string, string> add)
    {
        var name = CSharp.Identifier(parameter.Name);
        if (!IsOptional(parameter))
        {
            writer.WriteLine(add(Format(parameter.Type, name)));
            return;
        }

        var present = locals.Take(parameter.Name + "Value");
        writer.OpenBlock($"if ({name} is {{ }} {present})");
        writer.WriteLine(add(Format(parameter.Type, present)));
        writer.CloseBlock();
    }

    /// <summary>An object in the query: <c>deepObject</c> as <c>name[prop]=v</c>, exploded <c>form</c> as <c>prop=v</c>.</summary>
    private static void WriteObjectQuery(SourceWriter writer, ParameterSpec parameter, TypeModel objectType, Locals locals)
    {
        var query = locals.Query;
        var name = CSharp.Identifier(parameter.Name);
        var present = locals.Take(parameter.Name + "Value");
        writer.OpenBlock($"if ({name} is {{ }} {present})");
        foreach (var property in objectType.Properties)
        {
            if (parameter.In == ParameterLocation.QueryString && property.Type.Kind == TypeKind.Array && !property.Type.Element!.IsStructured)
            {
                // A whole query string is form fields: an array is one field per item (a=1&a=2).
                var items = $"{present}.{CSharp.Identifier(property.Name)}";
                writer.WriteLine($"{query}.AddValues({CSharp.Literal(property.WireName)}, {ItemTexts(property.Type, items)}, {KnownTypes.QueryStyle}.Form, explode: true);");
                continue;
            }

            if (property.Type.IsStructured)
            {
                continue;
            }

            var key = parameter.Style == ParameterStyle.DeepObject
                ? CSharp.Literal($"{parameter.WireName}[{property.WireName}]")
                : CSharp.Literal(property.WireName);
            var member = $"{present}.{CSharp.Identifier(property.Name)}";
            if (property.Type.Kind is TypeKind.String or TypeKind.TimeSpan)
            {
                writer.WriteLine($"{query}.Add({key}, {member});");
            }
            else if (property.IsRequired && !property.Type.IsNullable)
            {
                writer.WriteLine($"{query}.Add({key}, {Format(property.Type, member)});");
            }
            else
            {
                // Scoped to the object's block: free in the method, not claimed, so another object parameter may reuse it.
                var item = locals.Free(property.Name + "Item");
                writer.WriteLine($"{query}.Add({key}, {member} is {{ }} {item} ? {Format(property.Type, item)} : null);");
            }
        }

        writer.CloseBlock();
    }
}
